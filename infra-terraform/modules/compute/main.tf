# Every function is its own ECS service with its own task role. CPU functions run on Fargate; face and
# fusion-llm run on an EC2 GPU capacity provider whose Auto Scaling group starts at 0 instances. The
# queue-driven services scale on their queue depth down to 0 tasks; sessions-api sits behind an internal
# HTTPS load balancer.

data "aws_region" "current" {}
data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

locals {
  region     = data.aws_region.current.name
  account_id = data.aws_caller_identity.current.account_id
  partition  = data.aws_partition.current.partition

  # What each service is. queue = the queue it consumes (its scaling signal); null for the HTTP API.
  services = {
    "segmenter"            = { gpu = false, cpu = 2048, memory = 8192, queue = "uploads" }
    "face"                 = { gpu = true, cpu = 4096, memory = 15360, queue = "face" }
    "speech"               = { gpu = false, cpu = 4096, memory = 16384, queue = "speech" }
    "transcribe-sentiment" = { gpu = false, cpu = 4096, memory = 16384, queue = "transcribe-sentiment" }
    "fusion-llm"           = { gpu = true, cpu = 4096, memory = 15360, queue = "fusion" }
    "sessions-api"         = { gpu = false, cpu = 1024, memory = 2048, queue = null }
  }

  # The queue URLs each service is given (it consumes the first, sends to the others).
  service_queues = {
    "segmenter"            = ["uploads", "face", "speech", "transcribe-sentiment"]
    "face"                 = ["face", "fusion"]
    "speech"               = ["speech", "fusion"]
    "transcribe-sentiment" = ["transcribe-sentiment", "fusion"]
    "fusion-llm"           = ["fusion", "reports"]
    "sessions-api"         = []
  }

  queue_env_names = {
    "uploads"              = "EMODISPARITY_QUEUE_UPLOADS"
    "face"                 = "EMODISPARITY_QUEUE_FACE"
    "speech"               = "EMODISPARITY_QUEUE_SPEECH"
    "transcribe-sentiment" = "EMODISPARITY_QUEUE_TRANSCRIPT"
    "fusion"               = "EMODISPARITY_QUEUE_FUSION"
    "reports"              = "EMODISPARITY_QUEUE_REPORTS"
  }

  # Configuration only: bucket names, queue URLs, the key ARN. No PHI and no secret ever goes here
  # (environment variables show up in the console and in DescribeTaskDefinition).
  common_env = {
    QUARKUS_PROFILE                   = "distributed"
    EMODISPARITY_STORE_TYPE           = "s3"
    EMODISPARITY_STORE_REGION         = data.aws_region.current.name
    EMODISPARITY_STORE_BUCKET         = var.bucket_names["work"]
    EMODISPARITY_STORE_UPLOADS_BUCKET = var.bucket_names["uploads"]
    EMODISPARITY_STORE_REPORTS_BUCKET = var.bucket_names["reports"]
    EMODISPARITY_STORE_KMS_KEY_ID     = var.kms_key_arn
    EMODISPARITY_SQS_REGION           = data.aws_region.current.name
    EMODISPARITY_MODELS_DIR           = "/models"
    EMODISPARITY_MODELS_BUCKET        = var.bucket_names["models"]
    # The root filesystem is read-only: native-library caches (JavaCPP, DJL) go under a writable HOME.
    HOME = "/tmp"
  }

  # sessions-api verifies the clinic's JWTs (smallrye-jwt) against the issuer's JWKS.
  sessions_api_env = {
    MP_JWT_VERIFY_ISSUER             = var.oidc_issuer_url
    MP_JWT_VERIFY_PUBLICKEY_LOCATION = var.oidc_jwks_url
  }
}

# Derived views of the tables above.
locals {
  # The three modality stages the segmenter fans out to: same grants, each on its own queue.
  modalities = ["face", "speech", "transcribe-sentiment"]

  task_policies = {
    "segmenter"            = data.aws_iam_policy_document.segmenter.json
    "face"                 = data.aws_iam_policy_document.modality["face"].json
    "speech"               = data.aws_iam_policy_document.modality["speech"].json
    "transcribe-sentiment" = data.aws_iam_policy_document.modality["transcribe-sentiment"].json
    "fusion-llm"           = data.aws_iam_policy_document.fusion_llm.json
    "sessions-api"         = data.aws_iam_policy_document.sessions_api.json
  }

  cpu_services   = { for k, v in local.services : k => v if !v.gpu }
  gpu_services   = { for k, v in local.services : k => v if v.gpu }
  queue_services = { for k, v in local.services : k => v if v.queue != null }

  queue_env   = { for name, queues in local.service_queues : name => { for q in queues : local.queue_env_names[q] => var.queue_urls[q] } }
  service_env = { for name, env in local.queue_env : name => merge(local.common_env, env, name == "sessions-api" ? local.sessions_api_env : {}) }
}

################################################################################
# Cluster, images, logs
################################################################################

resource "aws_ecs_cluster" "this" {
  name = var.name_prefix

  setting {
    name  = "containerInsights"
    value = "enabled"
  }

  tags = var.tags
}

resource "aws_ecs_cluster_capacity_providers" "this" {
  cluster_name       = aws_ecs_cluster.this.name
  capacity_providers = ["FARGATE", aws_ecs_capacity_provider.gpu.name]

  default_capacity_provider_strategy {
    capacity_provider = "FARGATE"
    weight            = 1
  }
}

# Immutable tags: a deployed tag always means the same scanned image.
resource "aws_ecr_repository" "this" {
  for_each = local.services

  name                 = "${var.name_prefix}/${each.key}"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = var.kms_key_arn
  }

  tags = var.tags
}

resource "aws_cloudwatch_log_group" "this" {
  for_each = local.services

  name              = "/emodisparity/${var.name_prefix}/${each.key}"
  kms_key_id        = var.kms_key_arn
  retention_in_days = var.log_retention_days
  tags              = var.tags
}

################################################################################
# Task definitions and services
################################################################################

resource "aws_ecs_task_definition" "this" {
  for_each = local.services

  family                   = "${var.name_prefix}-${each.key}"
  requires_compatibilities = each.value.gpu ? ["EC2"] : ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = each.value.cpu
  memory                   = each.value.memory
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task[each.key].arn

  # Model files are copied here from the models bucket when the container starts.
  volume {
    name = "models"
  }

  volume {
    name = "tmp"
  }

  dynamic "ephemeral_storage" {
    for_each = each.value.gpu ? [] : [var.fargate_ephemeral_storage_gib]

    content {
      size_in_gib = ephemeral_storage.value
    }
  }

  container_definitions = jsonencode([
    {
      name                   = each.key
      image                  = "${aws_ecr_repository.this[each.key].repository_url}:${var.image_tag}"
      essential              = true
      readonlyRootFilesystem = true
      privileged             = false
      environment            = [for k in sort(keys(local.service_env[each.key])) : { name = k, value = local.service_env[each.key][k] }]
      portMappings           = each.key == "sessions-api" ? [{ containerPort = 8080, protocol = "tcp" }] : []
      resourceRequirements   = each.value.gpu ? [{ type = "GPU", value = "1" }] : []
      mountPoints = [
        { sourceVolume = "models", containerPath = "/models", readOnly = false },
        { sourceVolume = "tmp", containerPath = "/tmp", readOnly = false }
      ]
      linuxParameters = { initProcessEnabled = true }
      # SmallRye Health readiness: DOWN while a required model is missing or the SQS channels cannot reach
      # their queues; ECS replaces a task that stays unhealthy (curl-minimal is in the UBI 9 base images).
      healthCheck = {
        command     = ["CMD-SHELL", "curl -fsS -o /dev/null http://127.0.0.1:8080${var.health_check_path} || exit 1"]
        interval    = var.health_check_interval_seconds
        timeout     = 5
        retries     = 3
        startPeriod = var.health_check_start_period_seconds
      }
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.this[each.key].name
          awslogs-region        = data.aws_region.current.name
          awslogs-stream-prefix = each.key
        }
      }
    }
  ])

  tags = var.tags
}

resource "aws_ecs_service" "cpu" {
  for_each = local.cpu_services

  name                   = each.key
  cluster                = aws_ecs_cluster.this.id
  task_definition        = aws_ecs_task_definition.this[each.key].arn
  launch_type            = "FARGATE"
  platform_version       = "LATEST"
  desired_count          = each.key == "sessions-api" ? var.sessions_api_desired_count : 0
  enable_execute_command = false
  propagate_tags         = "SERVICE"

  network_configuration {
    subnets          = var.private_subnet_ids
    security_groups  = [each.key == "sessions-api" ? aws_security_group.sessions_api.id : aws_security_group.workers.id]
    assign_public_ip = false
  }

  dynamic "load_balancer" {
    for_each = each.key == "sessions-api" ? ["sessions-api"] : []

    content {
      target_group_arn = aws_lb_target_group.sessions_api.arn
      container_name   = "sessions-api"
      container_port   = 8080
    }
  }

  # Application Auto Scaling owns the task count of the queue-driven services.
  lifecycle {
    ignore_changes = [desired_count]
  }

  depends_on = [aws_lb_listener.https]
  tags       = var.tags
}

resource "aws_ecs_service" "gpu" {
  for_each = local.gpu_services

  name                   = each.key
  cluster                = aws_ecs_cluster.this.id
  task_definition        = aws_ecs_task_definition.this[each.key].arn
  desired_count          = 0
  enable_execute_command = false
  propagate_tags         = "SERVICE"

  capacity_provider_strategy {
    capacity_provider = aws_ecs_capacity_provider.gpu.name
    weight            = 1
  }

  network_configuration {
    subnets          = var.private_subnet_ids
    security_groups  = [aws_security_group.workers.id]
    assign_public_ip = false
  }

  lifecycle {
    ignore_changes = [desired_count]
  }

  depends_on = [aws_ecs_cluster_capacity_providers.this]
  tags       = var.tags
}

################################################################################
# Scale to zero on queue depth (every queue-driven service, GPU ones included)
################################################################################

resource "aws_appautoscaling_target" "queue" {
  for_each = local.queue_services

  service_namespace  = "ecs"
  scalable_dimension = "ecs:service:DesiredCount"
  resource_id        = "service/${aws_ecs_cluster.this.name}/${each.key}"
  min_capacity       = 0
  max_capacity       = var.max_tasks[each.key]

  depends_on = [aws_ecs_service.cpu, aws_ecs_service.gpu]
}

# Messages waiting: add a task (every cooldown, up to max_capacity).
resource "aws_appautoscaling_policy" "scale_out" {
  for_each = local.queue_services

  name               = "${each.key}-scale-out"
  policy_type        = "StepScaling"
  service_namespace  = aws_appautoscaling_target.queue[each.key].service_namespace
  resource_id        = aws_appautoscaling_target.queue[each.key].resource_id
  scalable_dimension = aws_appautoscaling_target.queue[each.key].scalable_dimension

  step_scaling_policy_configuration {
    adjustment_type         = "ChangeInCapacity"
    cooldown                = 120
    metric_aggregation_type = "Maximum"

    step_adjustment {
      metric_interval_lower_bound = 0
      scaling_adjustment          = 1
    }
  }
}

# Nothing waiting and nothing in flight for a while: back to zero tasks (and, for the GPU services,
# the capacity provider then scales the GPU instances to zero).
resource "aws_appautoscaling_policy" "scale_to_zero" {
  for_each = local.queue_services

  name               = "${each.key}-scale-to-zero"
  policy_type        = "StepScaling"
  service_namespace  = aws_appautoscaling_target.queue[each.key].service_namespace
  resource_id        = aws_appautoscaling_target.queue[each.key].resource_id
  scalable_dimension = aws_appautoscaling_target.queue[each.key].scalable_dimension

  step_scaling_policy_configuration {
    adjustment_type         = "ExactCapacity"
    cooldown                = 300
    metric_aggregation_type = "Maximum"

    step_adjustment {
      metric_interval_upper_bound = 0
      scaling_adjustment          = 0
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "queue_has_messages" {
  for_each = local.queue_services

  alarm_name          = "${var.name_prefix}-${each.key}-queue-has-messages"
  alarm_description   = "Scale ${each.key} out: messages are waiting in its queue."
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = var.queue_names[each.value.queue] }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_appautoscaling_policy.scale_out[each.key].arn]
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "queue_idle" {
  for_each = local.queue_services

  alarm_name          = "${var.name_prefix}-${each.key}-queue-idle"
  alarm_description   = "Scale ${each.key} to zero: no message waiting or in flight."
  evaluation_periods  = var.scale_to_zero_after_minutes
  threshold           = 0
  comparison_operator = "LessThanOrEqualToThreshold"
  treat_missing_data  = "breaching"
  alarm_actions       = [aws_appautoscaling_policy.scale_to_zero[each.key].arn]

  metric_query {
    id          = "backlog"
    expression  = "visible + inflight"
    label       = "Messages waiting or being processed"
    return_data = true
  }

  metric_query {
    id = "visible"

    metric {
      namespace   = "AWS/SQS"
      metric_name = "ApproximateNumberOfMessagesVisible"
      dimensions  = { QueueName = var.queue_names[each.value.queue] }
      stat        = "Maximum"
      period      = 60
    }
  }

  metric_query {
    id = "inflight"

    metric {
      namespace   = "AWS/SQS"
      metric_name = "ApproximateNumberOfMessagesNotVisible"
      dimensions  = { QueueName = var.queue_names[each.value.queue] }
      stat        = "Maximum"
      period      = 60
    }
  }

  tags = var.tags
}

################################################################################
# GPU capacity: ECS-optimized GPU AMI, Auto Scaling group from 0 instances
################################################################################

data "aws_ssm_parameter" "ecs_gpu_ami" {
  name = "/aws/service/ecs/optimized-ami/amazon-linux-2/gpu/recommended/image_id"
}

resource "aws_launch_template" "gpu" {
  name_prefix            = "${var.name_prefix}-gpu-"
  image_id               = data.aws_ssm_parameter.ecs_gpu_ami.value
  instance_type          = var.gpu_instance_type
  update_default_version = true

  iam_instance_profile {
    arn = aws_iam_instance_profile.gpu.arn
  }

  network_interfaces {
    associate_public_ip_address = false
    security_groups             = [aws_security_group.gpu_instances.id]
  }

  # IMDSv2 only, one hop: containers cannot borrow the instance role.
  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size           = var.gpu_root_volume_gib
      volume_type           = "gp3"
      encrypted             = true
      kms_key_id            = var.kms_key_arn
      delete_on_termination = true
    }
  }

  monitoring {
    enabled = true
  }

  user_data = base64encode(<<-EOT
    #!/bin/bash
    cat >> /etc/ecs/ecs.config <<CONFIG
    ECS_CLUSTER=${var.name_prefix}
    ECS_ENABLE_GPU_SUPPORT=true
    ECS_AWSVPC_BLOCK_IMDS=true
    ECS_DISABLE_PRIVILEGED=true
    CONFIG
  EOT
  )

  tag_specifications {
    resource_type = "instance"
    tags          = merge(var.tags, { Name = "${var.name_prefix}-gpu" })
  }

  tags = var.tags
}

resource "aws_autoscaling_group" "gpu" {
  name_prefix           = "${var.name_prefix}-gpu-"
  min_size              = 0
  max_size              = var.gpu_max_instances
  vpc_zone_identifier   = var.private_subnet_ids
  protect_from_scale_in = true # ECS managed termination protection: never kill a busy GPU node

  launch_template {
    id      = aws_launch_template.gpu.id
    version = "$Latest"
  }

  tag {
    key                 = "AmazonECSManaged"
    value               = "true"
    propagate_at_launch = true
  }

  # ECS managed scaling owns the instance count.
  lifecycle {
    ignore_changes = [desired_capacity]
  }
}

resource "aws_ecs_capacity_provider" "gpu" {
  name = "${var.name_prefix}-gpu"

  auto_scaling_group_provider {
    auto_scaling_group_arn         = aws_autoscaling_group.gpu.arn
    managed_termination_protection = "ENABLED"

    managed_scaling {
      status                    = "ENABLED"
      target_capacity           = 100
      minimum_scaling_step_size = 1
      maximum_scaling_step_size = var.gpu_max_instances
    }
  }

  tags = var.tags
}

################################################################################
# Load balancer for sessions-api (internal, HTTPS only)
################################################################################

resource "aws_lb" "sessions_api" {
  name                       = "${var.name_prefix}-api"
  internal                   = true
  load_balancer_type         = "application"
  subnets                    = var.private_subnet_ids
  security_groups            = [aws_security_group.alb.id]
  drop_invalid_header_fields = true
  enable_deletion_protection = var.alb_deletion_protection

  access_logs {
    bucket  = var.access_logs_bucket_name
    prefix  = "alb"
    enabled = true
  }

  tags = var.tags
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.sessions_api.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.acm_certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.sessions_api.arn
  }

  tags = var.tags
}

# The ALB -> task hop stays inside the private subnets, restricted by security groups to this one path.
resource "aws_lb_target_group" "sessions_api" {
  name        = "${var.name_prefix}-api"
  port        = 8080
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = var.vpc_id

  health_check {
    path    = var.sessions_api_health_path
    matcher = "200"
  }

  tags = var.tags
}

################################################################################
# Security groups: no ingress except ALB -> sessions-api; egress HTTPS to the VPC endpoints only
################################################################################

resource "aws_security_group" "workers" {
  name        = "${var.name_prefix}-workers"
  description = "Queue-driven functions: no ingress, HTTPS egress to the VPC endpoints"
  vpc_id      = var.vpc_id
  tags        = var.tags
}

resource "aws_security_group" "sessions_api" {
  name        = "${var.name_prefix}-sessions-api"
  description = "sessions-api tasks: 8080 from the ALB, HTTPS egress to the VPC endpoints"
  vpc_id      = var.vpc_id
  tags        = var.tags
}

resource "aws_security_group" "gpu_instances" {
  name        = "${var.name_prefix}-gpu-instances"
  description = "GPU container instances (ECS agent): HTTPS egress to the VPC endpoints"
  vpc_id      = var.vpc_id
  tags        = var.tags
}

resource "aws_security_group" "alb" {
  name        = "${var.name_prefix}-alb"
  description = "Internal ALB: HTTPS from the clinic networks, 8080 to sessions-api"
  vpc_id      = var.vpc_id
  tags        = var.tags
}

locals {
  egress_groups = {
    workers       = aws_security_group.workers.id
    sessions_api  = aws_security_group.sessions_api.id
    gpu_instances = aws_security_group.gpu_instances.id
  }
}

resource "aws_vpc_security_group_egress_rule" "https_to_vpc" {
  for_each = local.egress_groups

  security_group_id = each.value
  description       = "HTTPS to the interface endpoints"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = var.vpc_cidr_block
}

resource "aws_vpc_security_group_egress_rule" "https_to_s3" {
  for_each = local.egress_groups

  security_group_id = each.value
  description       = "HTTPS to S3 through the gateway endpoint"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  prefix_list_id    = var.s3_prefix_list_id
}

resource "aws_vpc_security_group_ingress_rule" "alb_https" {
  for_each = toset(var.alb_allowed_cidrs)

  security_group_id = aws_security_group.alb.id
  description       = "HTTPS from a clinic network"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = each.value
}

resource "aws_vpc_security_group_egress_rule" "alb_to_api" {
  security_group_id            = aws_security_group.alb.id
  description                  = "To the sessions-api tasks"
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.sessions_api.id
}

resource "aws_vpc_security_group_ingress_rule" "api_from_alb" {
  security_group_id            = aws_security_group.sessions_api.id
  description                  = "From the ALB"
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.alb.id
}
