variable "name_prefix" {
  description = "Prefix of every resource name (also the ECS cluster name)."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the services (the network module's)."
  type        = string
}

variable "vpc_cidr_block" {
  description = "CIDR of the VPC: HTTPS egress is allowed to it (the interface endpoints) and nowhere else but S3."
  type        = string
}

variable "private_subnet_ids" {
  description = "Private subnets (no internet route) for the tasks, the GPU instances and the internal ALB."
  type        = list(string)
}

variable "s3_prefix_list_id" {
  description = "Prefix list of the S3 gateway endpoint."
  type        = string
}

variable "kms_key_arn" {
  description = "ARN of the customer-managed key (EMODISPARITY_STORE_KMS_KEY_ID, log groups, ECR, EBS)."
  type        = string
}

variable "bucket_names" {
  description = "Bucket names by role: uploads, work, reports, models."
  type        = map(string)

  validation {
    condition     = alltrue([for k in ["uploads", "work", "reports", "models"] : contains(keys(var.bucket_names), k)])
    error_message = "bucket_names needs uploads, work, reports and models."
  }
}

variable "bucket_arns" {
  description = "Bucket ARNs by role: uploads, work, reports, models."
  type        = map(string)

  validation {
    condition     = alltrue([for k in ["uploads", "work", "reports", "models"] : contains(keys(var.bucket_arns), k)])
    error_message = "bucket_arns needs uploads, work, reports and models."
  }
}

variable "queue_urls" {
  description = "Queue URLs by stage (the messaging module's queue_urls)."
  type        = map(string)
}

variable "queue_arns" {
  description = "Queue ARNs by stage (the messaging module's queue_arns)."
  type        = map(string)
}

variable "queue_names" {
  description = "Queue names by stage, for the queue-depth scaling alarms."
  type        = map(string)
}

variable "image_tag" {
  description = "Tag of the images to run (the same tag in every ECR repository). Tags are immutable."
  type        = string

  validation {
    condition     = var.image_tag != "latest" && can(regex("^[A-Za-z0-9_.-]{1,128}$", var.image_tag))
    error_message = "Use a release tag, not latest."
  }
}

variable "log_retention_days" {
  description = "Retention of the service log groups."
  type        = number
  default     = 365

  validation {
    condition     = contains([365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "Keep logs at least 365 days, using a retention CloudWatch Logs supports."
  }
}

variable "max_tasks" {
  description = "Most tasks per queue-driven service."
  type        = map(number)
  default = {
    "segmenter"            = 4
    "face"                 = 2
    "speech"               = 4
    "transcribe-sentiment" = 4
    "fusion-llm"           = 2
  }
}

variable "scale_to_zero_after_minutes" {
  description = "Minutes a queue must stay empty (nothing waiting, nothing in flight) before its service goes to zero tasks."
  type        = number
  default     = 10

  validation {
    condition     = var.scale_to_zero_after_minutes >= 1 && var.scale_to_zero_after_minutes <= 60
    error_message = "Between 1 and 60 minutes."
  }
}

variable "fargate_ephemeral_storage_gib" {
  description = "Ephemeral storage of the Fargate tasks (models and the session's working files)."
  type        = number
  default     = 100

  validation {
    condition     = var.fargate_ephemeral_storage_gib >= 21 && var.fargate_ephemeral_storage_gib <= 200
    error_message = "Fargate ephemeral storage is 21 to 200 GiB."
  }
}

variable "gpu_instance_type" {
  description = "EC2 instance type of the GPU node group (one NVIDIA GPU per task)."
  type        = string
  default     = "g5.xlarge"

  validation {
    condition     = can(regex("^(g4dn|g5|g6|g6e|p3|p4d|p5)\\.", var.gpu_instance_type))
    error_message = "Use a GPU instance type (g4dn, g5, g6, g6e, p3, p4d, p5)."
  }
}

variable "gpu_max_instances" {
  description = "Most GPU instances. The minimum is always 0: no GPU runs while the queues are empty."
  type        = number
  default     = 2

  validation {
    condition     = var.gpu_max_instances >= 1 && var.gpu_max_instances <= 20
    error_message = "Between 1 and 20 instances."
  }
}

variable "gpu_root_volume_gib" {
  description = "Root volume of a GPU instance (images, models, working files); encrypted with the CMK."
  type        = number
  default     = 200
}

variable "sessions_api_desired_count" {
  description = "Tasks of sessions-api (the HTTP API does not scale to zero)."
  type        = number
  default     = 2
}

variable "sessions_api_health_path" {
  description = "Health-check path of sessions-api."
  type        = string
  default     = "/q/health/ready"
}

variable "acm_certificate_arn" {
  description = "ACM certificate of the internal HTTPS listener of sessions-api."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:acm:", var.acm_certificate_arn))
    error_message = "Pass the ARN of an ACM certificate."
  }
}

variable "oidc_issuer_url" {
  description = "Issuer (iss) of the clinic's identity provider; sessions-api accepts only its tokens."
  type        = string

  validation {
    condition     = startswith(var.oidc_issuer_url, "https://")
    error_message = "The issuer must be an https:// URL."
  }
}

variable "oidc_jwks_url" {
  description = "JWKS URL of the identity provider. With no internet egress it must be reachable from the private subnets (PrivateLink, a VPC-internal IdP or an egress path the clinic adds)."
  type        = string

  validation {
    condition     = startswith(var.oidc_jwks_url, "https://")
    error_message = "The JWKS URL must be an https:// URL."
  }
}

variable "alb_allowed_cidrs" {
  description = "Clinic networks (reached over VPN/Direct Connect) allowed to call the internal HTTPS listener."
  type        = list(string)

  validation {
    condition     = !contains(var.alb_allowed_cidrs, "0.0.0.0/0")
    error_message = "The API is internal: do not open it to 0.0.0.0/0."
  }
}

variable "alb_deletion_protection" {
  description = "Protect the load balancer from deletion."
  type        = bool
  default     = true
}

variable "access_logs_bucket_name" {
  description = "Bucket of the ALB access logs (the storage module's access-log bucket)."
  type        = string
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}

variable "health_check_path" {
  description = "Path of the container health check inside each task (SmallRye Health readiness of the Quarkus app: models installed, queues reachable)."
  type        = string
  default     = "/q/health/ready"
}

variable "health_check_interval_seconds" {
  description = "Seconds between container health checks (ECS allows 5-300)."
  type        = number
  default     = 30

  validation {
    condition     = var.health_check_interval_seconds >= 5 && var.health_check_interval_seconds <= 300
    error_message = "ECS container health checks run every 5 to 300 seconds."
  }
}

variable "health_check_start_period_seconds" {
  description = "Grace period after a task starts before failed health checks count (copying models to /models and loading them take time; ECS allows up to 300)."
  type        = number
  default     = 300

  validation {
    condition     = var.health_check_start_period_seconds >= 0 && var.health_check_start_period_seconds <= 300
    error_message = "ECS allows a start period of 0 to 300 seconds."
  }
}
