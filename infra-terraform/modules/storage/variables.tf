variable "name_prefix" {
  description = "Prefix of every bucket name (the account id is appended, bucket names being global)."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9-]{1,30}$", var.name_prefix))
    error_message = "Use 2-31 lowercase letters, digits or hyphens."
  }
}

variable "kms_key_arn" {
  description = "ARN of the customer-managed KMS key that encrypts the data buckets."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:kms:", var.kms_key_arn))
    error_message = "Pass the ARN of a KMS key (not an alias, not an AWS-managed key)."
  }
}

variable "phi_retention_days" {
  description = "Days after which uploaded recordings (uploads/) and derived work files (work/, status/) are deleted."
  type        = number
  default     = 30

  validation {
    condition     = var.phi_retention_days >= 1 && var.phi_retention_days <= 365
    error_message = "PHI retention is 1 to 365 days; the source recordings are not meant to be kept."
  }
}

variable "report_retention_days" {
  description = "Days after which session reports (reports/) are deleted. The clinic's records policy decides."
  type        = number
  default     = 2190

  validation {
    condition     = var.report_retention_days >= 1
    error_message = "Report retention must be at least one day."
  }
}

variable "audit_retention_days" {
  description = "Days the append-only audit records (audit/) are kept. HIPAA documentation retention is six years."
  type        = number
  default     = 2190

  validation {
    condition     = var.audit_retention_days >= 2190
    error_message = "Audit records are kept at least 6 years (2190 days)."
  }
}

variable "noncurrent_version_retention_days" {
  description = "Days a noncurrent (overwritten or deleted) object version is kept before it is removed for good."
  type        = number
  default     = 7

  validation {
    condition     = var.noncurrent_version_retention_days >= 1 && var.noncurrent_version_retention_days <= 90
    error_message = "Noncurrent versions of PHI are kept 1 to 90 days."
  }
}

variable "access_log_retention_days" {
  description = "Days the S3 and ALB access logs are kept."
  type        = number
  default     = 2190

  validation {
    condition     = var.access_log_retention_days >= 365
    error_message = "Access logs are kept at least one year."
  }
}

variable "enable_uploads_notification" {
  description = "Send ObjectCreated events for uploads/ to uploads_queue_arn (a plain bool: count cannot depend on an ARN known only after apply)."
  type        = bool
  default     = true
}

variable "uploads_queue_arn" {
  description = "ARN of the SQS queue that receives ObjectCreated events for uploads/ (the messaging module's uploads queue)."
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
