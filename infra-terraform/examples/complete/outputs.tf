output "kms_key_arn" {
  description = "The PHI key."
  value       = module.kms.key_arn
}

output "bucket_names" {
  description = "Data buckets by role."
  value       = module.storage.bucket_names
}

output "queue_urls" {
  description = "Queue URLs by stage."
  value       = module.messaging.queue_urls
}

output "ecr_repository_urls" {
  description = "Where to push each service image."
  value       = module.compute.ecr_repository_urls
}

output "sessions_api_url" {
  description = "Internal HTTPS endpoint of sessions-api."
  value       = module.compute.sessions_api_url
}

output "trail_arn" {
  description = "The multi-region trail."
  value       = module.audit.trail_arn
}
