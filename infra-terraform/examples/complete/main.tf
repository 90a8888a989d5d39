# The whole system in one account: terraform init && terraform apply -var-file=clinic.tfvars

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Project     = "emodisparity"
      Environment = var.environment
      DataClass   = "phi"
    }
  }
}

locals {
  name = "${var.name}-${var.environment}"
}

module "kms" {
  source = "../../modules/kms"

  alias = "${local.name}-phi"
}

module "network" {
  source = "../../modules/network"

  name_prefix        = local.name
  cidr_block         = var.vpc_cidr_block
  availability_zones = var.availability_zones
  kms_key_arn        = module.kms.key_arn
  log_retention_days = var.log_retention_days
}

module "storage" {
  source = "../../modules/storage"

  name_prefix                       = local.name
  kms_key_arn                       = module.kms.key_arn
  phi_retention_days                = var.phi_retention_days
  report_retention_days             = var.report_retention_days
  audit_retention_days              = var.audit_retention_days
  noncurrent_version_retention_days = var.noncurrent_version_retention_days
  enable_uploads_notification       = true
  uploads_queue_arn                 = module.messaging.uploads_queue_arn
}

module "messaging" {
  source = "../../modules/messaging"

  name_prefix        = local.name
  kms_key_arn        = module.kms.key_arn
  uploads_bucket_arn = module.storage.bucket_arns["uploads"]
  max_receive_count  = var.max_receive_count
}

module "compute" {
  source = "../../modules/compute"

  name_prefix             = local.name
  vpc_id                  = module.network.vpc_id
  vpc_cidr_block          = module.network.vpc_cidr_block
  private_subnet_ids      = module.network.private_subnet_ids
  s3_prefix_list_id       = module.network.s3_prefix_list_id
  kms_key_arn             = module.kms.key_arn
  bucket_names            = module.storage.bucket_names
  bucket_arns             = module.storage.bucket_arns
  queue_urls              = module.messaging.queue_urls
  queue_arns              = module.messaging.queue_arns
  queue_names             = module.messaging.queue_names
  image_tag               = var.image_tag
  log_retention_days      = var.log_retention_days
  gpu_instance_type       = var.gpu_instance_type
  gpu_max_instances       = var.gpu_max_instances
  acm_certificate_arn     = var.acm_certificate_arn
  oidc_issuer_url         = var.oidc_issuer_url
  oidc_jwks_url           = var.oidc_jwks_url
  alb_allowed_cidrs       = var.alb_allowed_cidrs
  access_logs_bucket_name = module.storage.access_logs_bucket_name
}

module "audit" {
  source = "../../modules/audit"

  name_prefix             = local.name
  kms_key_arn             = module.kms.key_arn
  data_event_bucket_arns  = [module.storage.bucket_arns["uploads"], module.storage.bucket_arns["work"], module.storage.bucket_arns["reports"]]
  access_logs_bucket_name = module.storage.access_logs_bucket_name
  dlq_names               = module.messaging.dlq_names
  queue_names             = module.messaging.queue_names
  queue_lag_alarm_seconds = var.queue_lag_alarm_seconds
  service_log_group_names = module.compute.log_group_names
  alarm_emails            = var.alarm_emails
}
