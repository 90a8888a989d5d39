output "trail_arn" {
  description = "ARN of the multi-region trail."
  value       = aws_cloudtrail.this.arn
}

output "trail_bucket_name" {
  description = "Bucket of the CloudTrail files."
  value       = aws_s3_bucket.trail.id
}

output "alarm_topic_arn" {
  description = "KMS-encrypted SNS topic of the alarms."
  value       = aws_sns_topic.alarms.arn
}
