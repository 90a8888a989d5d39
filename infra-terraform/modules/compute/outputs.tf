output "cluster_name" {
  description = "Name of the ECS cluster."
  value       = aws_ecs_cluster.this.name
}

output "ecr_repository_urls" {
  description = "ECR repository URL per service (push functions/<name>/target/quarkus-app images here)."
  value       = { for k, r in aws_ecr_repository.this : k => r.repository_url }
}

output "task_role_arns" {
  description = "Task role ARN per service."
  value       = { for k, r in aws_iam_role.task : k => r.arn }
}

output "log_group_names" {
  description = "CloudWatch log group per service."
  value       = { for k, g in aws_cloudwatch_log_group.this : k => g.name }
}

output "sessions_api_url" {
  description = "Internal HTTPS endpoint of sessions-api (point the clinic's DNS name of the certificate at it)."
  value       = "https://${aws_lb.sessions_api.dns_name}"
}

output "gpu_autoscaling_group_name" {
  description = "Auto Scaling group of the GPU node group (min 0)."
  value       = aws_autoscaling_group.gpu.name
}
