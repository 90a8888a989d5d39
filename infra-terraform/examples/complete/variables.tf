variable "region" {
  description = "AWS region of the deployment (a HIPAA-eligible region covered by the clinic's BAA)."
  type        = string
  default     = "eu-central-1"
}

variable "name" {
  description = "Short name of the deployment."
  type        = string
  default     = "emodisparity"
}

variable "environment" {
  description = "Environment name (prod, staging...)."
  type        = string
  default     = "prod"
}

variable "availability_zones" {
  description = "Availability zones of the private subnets."
  type        = list(string)
  default     = ["eu-central-1a", "eu-central-1b"]
}

variable "vpc_cidr_block" {
  description = "CIDR of the VPC."
  type        = string
  default     = "10.40.0.0/16"
}

variable "phi_retention_days" {
  description = "Days before uploads/, work/ and status/ objects are deleted."
  type        = number
  default     = 30
}

variable "report_retention_days" {
  description = "Days before reports/ objects are deleted."
  type        = number
  default     = 2190
}

variable "audit_retention_days" {
  description = "Days audit/ records are kept (at least 2190)."
  type        = number
  default     = 2190
}

variable "noncurrent_version_retention_days" {
  description = "Days an overwritten or deleted PHI object version survives."
  type        = number
  default     = 7
}

variable "max_receive_count" {
  description = "Receives before a message goes to its dead-letter queue."
  type        = number
  default     = 5
}

variable "log_retention_days" {
  description = "Retention of every CloudWatch log group (at least 365)."
  type        = number
  default     = 365
}

variable "image_tag" {
  description = "Release tag of the service images."
  type        = string
}

variable "gpu_instance_type" {
  description = "GPU instance type for face and fusion-llm."
  type        = string
  default     = "g5.xlarge"
}

variable "gpu_max_instances" {
  description = "Most GPU instances (the minimum is 0)."
  type        = number
  default     = 2
}

variable "acm_certificate_arn" {
  description = "ACM certificate of the sessions-api HTTPS listener."
  type        = string
}

variable "oidc_issuer_url" {
  description = "Issuer URL of the clinic's OIDC provider."
  type        = string
}

variable "oidc_jwks_url" {
  description = "JWKS URL of the clinic's OIDC provider."
  type        = string
}

variable "alb_allowed_cidrs" {
  description = "Clinic networks allowed to reach the internal API."
  type        = list(string)
}

variable "alarm_emails" {
  description = "Addresses that receive the alarms."
  type        = list(string)
  default     = []
}

variable "queue_lag_alarm_seconds" {
  description = "Per-stage queue-lag alarm thresholds in seconds (age of the oldest message); stages not named use 1800 s. The reports queue is read by the clinic's own systems."
  type        = map(number)
  default     = { face = 2700, reports = 86400 }
}
