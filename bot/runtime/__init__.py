"""The running bot: the application and its update processing, storage of flow state, errors, polling and webhook, hot standby, the process runner and its logging."""
