output "json" {
  description = "A policy document holding the DenyInsecureTransport statement, for source_policy_documents."
  value       = data.aws_iam_policy_document.this.json
}
