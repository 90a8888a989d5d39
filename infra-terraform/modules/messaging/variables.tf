variable "name_prefix" {
  description = "Prefix of every queue name."
  type        = string
}

variable "kms_key_arn" {
  description = "ARN of the customer-managed KMS key that encrypts the queues (SSE-KMS)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:kms:", var.kms_key_arn))
    error_message = "Pass the ARN of a customer-managed KMS key."
  }
}

variable "uploads_bucket_arn" {
  description = "ARN of the uploads bucket, the only allowed sender of S3 notifications to the uploads queue."
  type        = string
}

variable "max_receive_count" {
  description = "Receives after which a message moves to its dead-letter queue."
  type        = number
  default     = 5

  validation {
    condition     = var.max_receive_count >= 1 && var.max_receive_count <= 1000
    error_message = "maxReceiveCount is 1 to 1000."
  }
}

variable "visibility_timeout_seconds" {
  description = "Visibility timeout per queue. The functions extend the visibility while they work, so 5-15 minutes is enough."
  type        = map(number)
  default = {
    uploads              = 600
    face                 = 900
    speech               = 900
    transcribe-sentiment = 900
    fusion               = 900
    reports              = 300
  }

  validation {
    condition     = alltrue([for q in ["uploads", "face", "speech", "transcribe-sentiment", "fusion", "reports"] : contains(keys(var.visibility_timeout_seconds), q)])
    error_message = "Give a visibility timeout for every queue: uploads, face, speech, transcribe-sentiment, fusion, reports."
  }

  validation {
    condition     = alltrue([for v in values(var.visibility_timeout_seconds) : v >= 30 && v <= 43200])
    error_message = "Visibility timeouts are 30 seconds to 12 hours."
  }
}

variable "message_retention_seconds" {
  description = "How long an unconsumed message stays in a stage queue."
  type        = number
  default     = 345600

  validation {
    condition     = var.message_retention_seconds >= 60 && var.message_retention_seconds <= 1209600
    error_message = "SQS keeps messages 60 seconds to 14 days."
  }
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
