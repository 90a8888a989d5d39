variable "name_prefix" {
  description = "Prefix of every resource name."
  type        = string
}

variable "kms_key_arn" {
  description = "ARN of the customer-managed key for the trail files, the trail bucket and the alarm topic."
  type        = string
}

variable "data_event_bucket_arns" {
  description = "Buckets whose object-level reads and writes CloudTrail records (the PHI buckets)."
  type        = list(string)

  validation {
    condition     = length(var.data_event_bucket_arns) > 0
    error_message = "Record S3 data events for at least the PHI buckets."
  }
}

variable "access_logs_bucket_name" {
  description = "Bucket that receives the server access logs of the trail bucket."
  type        = string
}

variable "trail_retention_days" {
  description = "Days the CloudTrail files are kept (HIPAA documentation retention: six years)."
  type        = number
  default     = 2190

  validation {
    condition     = var.trail_retention_days >= 2190
    error_message = "Keep the trail at least 6 years (2190 days)."
  }
}

variable "dlq_names" {
  description = "Dead-letter queue names by stage; each gets a depth alarm."
  type        = map(string)
}

variable "queue_names" {
  description = "Queue names by stage; each gets a queue-lag alarm on ApproximateAgeOfOldestMessage. Empty: no lag alarms."
  type        = map(string)
  default     = {}
}

variable "default_queue_lag_alarm_seconds" {
  description = "Age of the oldest message, in seconds, above which a queue's lag alarm fires (two 5-minute periods in a row)."
  type        = number
  default     = 1800

  validation {
    condition     = var.default_queue_lag_alarm_seconds > 0
    error_message = "The queue-lag threshold must be positive."
  }
}

variable "queue_lag_alarm_seconds" {
  description = "Per-stage overrides of default_queue_lag_alarm_seconds (e.g. a longer one for face, whose GPU instances start from zero; reports has no consumer here and may be set high)."
  type        = map(number)
  default     = {}
}

variable "service_log_group_names" {
  description = "Log group per service; each gets a failure metric filter and alarm."
  type        = map(string)
}

variable "failure_log_pattern" {
  description = "CloudWatch Logs filter pattern that marks a failed stage in the service logs."
  type        = string
  default     = "?FAILED ?ERROR"
}

variable "alarm_emails" {
  description = "Addresses subscribed to the alarm topic (alarm texts name queues and services, never sessions)."
  type        = list(string)
  default     = []
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
