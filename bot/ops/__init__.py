"""Operating the bot: backups and health checks (`va-coach db backup|restore`, `va-coach status`,
`GET /healthz`)."""
