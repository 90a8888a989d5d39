output "bucket_names" {
  description = "Data bucket names by role (uploads, work, reports, models)."
  value       = { for k, b in aws_s3_bucket.this : k => b.id }
}

output "bucket_arns" {
  description = "Data bucket ARNs by role (uploads, work, reports, models)."
  value       = { for k, b in aws_s3_bucket.this : k => b.arn }
}

output "access_logs_bucket_name" {
  description = "Bucket that receives S3 server access logs (prefix s3/) and ALB access logs (prefix alb/)."
  value       = aws_s3_bucket.access_logs.id
}

output "access_logs_bucket_arn" {
  description = "ARN of the access-log bucket."
  value       = aws_s3_bucket.access_logs.arn
}
