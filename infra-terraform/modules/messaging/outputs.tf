output "queue_urls" {
  description = "Queue URLs by stage (uploads, face, speech, transcribe-sentiment, fusion, reports)."
  value       = { for k, q in aws_sqs_queue.this : k => q.id }
}

output "queue_arns" {
  description = "Queue ARNs by stage."
  value       = { for k, q in aws_sqs_queue.this : k => q.arn }
}

output "queue_names" {
  description = "Queue names by stage (for CloudWatch metrics)."
  value       = { for k, q in aws_sqs_queue.this : k => q.name }
}

output "dlq_names" {
  description = "Dead-letter queue names by stage (for the DLQ-depth alarms)."
  value       = { for k, q in aws_sqs_queue.dlq : k => q.name }
}

output "dlq_arns" {
  description = "Dead-letter queue ARNs by stage."
  value       = { for k, q in aws_sqs_queue.dlq : k => q.arn }
}

output "uploads_queue_arn" {
  description = "ARN of the uploads queue, available once its policy lets S3 send to it (S3 checks this when the notification is created)."
  value       = aws_sqs_queue.this["uploads"].arn
  depends_on  = [aws_sqs_queue_policy.this]
}
