variable "name_prefix" {
  description = "Prefix of every resource name."
  type        = string
}

variable "cidr_block" {
  description = "CIDR block of the VPC; the private subnets are /4 slices of it."
  type        = string
  default     = "10.40.0.0/16"

  validation {
    condition     = can(cidrhost(var.cidr_block, 0))
    error_message = "Pass an IPv4 CIDR block."
  }
}

variable "availability_zones" {
  description = "Availability zones of the private subnets (one subnet each)."
  type        = list(string)

  validation {
    condition     = length(var.availability_zones) >= 2 && length(var.availability_zones) <= 16
    error_message = "Use at least two availability zones (and at most 16)."
  }
}

variable "kms_key_arn" {
  description = "ARN of the customer-managed KMS key that encrypts the flow-log group."
  type        = string
}

variable "log_retention_days" {
  description = "Retention of the flow-log group."
  type        = number
  default     = 365

  validation {
    condition     = contains([365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "Keep logs at least 365 days, using a retention CloudWatch Logs supports."
  }
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
