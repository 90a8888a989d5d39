variable "alias" {
  description = "Alias of the key, without the alias/ prefix."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z0-9/_-]+$", var.alias)) && !startswith(var.alias, "aws/")
    error_message = "The alias may hold letters, digits, /, _ and -, and must not start with aws/."
  }
}

variable "description" {
  description = "Description of the key."
  type        = string
  default     = "emodisparity PHI key (S3, SQS, CloudWatch Logs, CloudTrail)"
}

variable "deletion_window_in_days" {
  description = "Waiting period before a scheduled deletion takes effect. The longest window leaves most time to cancel a mistaken deletion, which would make every encrypted object unreadable."
  type        = number
  default     = 30

  validation {
    condition     = var.deletion_window_in_days >= 7 && var.deletion_window_in_days <= 30
    error_message = "The deletion window is 7 to 30 days."
  }
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
