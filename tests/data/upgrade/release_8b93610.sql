BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0007_update_ledger');
CREATE TABLE call_logs (
	id INTEGER NOT NULL, 
	user_id BIGINT NOT NULL, 
	client_id INTEGER, 
	client_name VARCHAR(64) NOT NULL, 
	prospect VARCHAR(120) NOT NULL, 
	outcome VARCHAR(16) NOT NULL, 
	receptionist VARCHAR(64), 
	note TEXT, 
	next_step TEXT, 
	callback_at DATETIME, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
	FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE SET NULL
);
CREATE TABLE checkin_days (
	id INTEGER NOT NULL, 
	user_id BIGINT NOT NULL, 
	day DATE NOT NULL, 
	energy SMALLINT, 
	stress SMALLINT, 
	note TEXT, 
	day_off BOOLEAN NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_checkin_days_user_day UNIQUE (user_id, day), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE TABLE checkin_prefs (
	user_id BIGINT NOT NULL, 
	workdays VARCHAR(7) NOT NULL, 
	paused_until DATE, 
	weekly_summary BOOLEAN NOT NULL, 
	blocked_at DATETIME, 
	PRIMARY KEY (user_id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);
INSERT INTO "checkin_prefs" VALUES(9101,'12345',NULL,1,NULL);
INSERT INTO "checkin_prefs" VALUES(9102,'12345',NULL,1,NULL);
CREATE TABLE clients (
	id INTEGER NOT NULL, 
	user_id BIGINT NOT NULL, 
	name VARCHAR(64) NOT NULL, 
	register VARCHAR(3) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_clients_user_name UNIQUE (user_id, name), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);
INSERT INTO "clients" VALUES(1,9201,'Acme','sie','2026-03-10 14:00:00.000000');
INSERT INTO "clients" VALUES(2,9201,'Bea','sie','2026-03-10 14:00:00.000000');
INSERT INTO "clients" VALUES(3,9202,'Acme','sie','2026-03-10 14:00:00.000000');
INSERT INTO "clients" VALUES(4,9202,'Bea','sie','2026-03-10 14:00:00.000000');
INSERT INTO "clients" VALUES(5,9301,'Heinicke','sie','2026-03-10 14:00:00.000000');
INSERT INTO "clients" VALUES(6,9302,'Heinicke','sie','2026-03-10 14:00:00.000000');
CREATE TABLE conversations (
	name VARCHAR(64) NOT NULL, 
	"key" VARCHAR(64) NOT NULL, 
	state JSON NOT NULL, 
	user_id BIGINT, 
	PRIMARY KEY (name, "key")
);
INSERT INTO "conversations" VALUES('say_no','[9101,9101]','{"state": 1}',9101);
INSERT INTO "conversations" VALUES('say_no','[9102,9102]','{"state": 1}',9102);
INSERT INTO "conversations" VALUES('checkin','[9201,9201]','{"state": 1}',9201);
INSERT INTO "conversations" VALUES('checkin','[9202,9202]','{"state": 1}',9202);
INSERT INTO "conversations" VALUES('calllog','[9301,9301]','{"state": 1}',9301);
INSERT INTO "conversations" VALUES('calllog','[9302,9302]','{"state": 1}',9302);
CREATE TABLE drafts (
	id INTEGER NOT NULL, 
	user_id BIGINT NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	status VARCHAR(8) NOT NULL, 
	client_id INTEGER, 
	client_name VARCHAR(64), 
	language VARCHAR(8) NOT NULL, 
	answers JSON NOT NULL, 
	text TEXT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
	FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE SET NULL
);
INSERT INTO "drafts" VALUES(1,9101,'say_no','open',NULL,NULL,'de','{"request": "K\u00f6nnten Sie diese Woche noch den Newsletter \u00fcbernehmen?", "category": "general", "client_name": null, "client_id": null, "register": "sie", "channel": "email", "want": null, "time": null, "energy": null, "empathy": null, "empathy_text": null, "clarify": null, "reason": null, "reason_text": null, "expectation": null, "needs": null, "alternative": null, "alternative_text": null, "alternative_date": null, "colleague_gender": null, "terms": null, "shorter": false, "warmer": false, "formality": 0, "variant": 0, "step": 5, "extra": {}}',NULL,'2026-12-06 07:05:57.464718','2026-12-06 07:05:57.493408');
INSERT INTO "drafts" VALUES(2,9102,'say_no','open',NULL,NULL,'en','{"request": "Could you also take over the newsletter this week?", "category": "extra", "client_name": null, "client_id": null, "register": "sie", "channel": "email", "want": null, "time": null, "energy": null, "empathy": null, "empathy_text": null, "clarify": null, "reason": null, "reason_text": null, "expectation": null, "needs": null, "alternative": null, "alternative_text": null, "alternative_date": null, "colleague_gender": null, "terms": null, "shorter": false, "warmer": false, "formality": 0, "variant": 0, "step": 5, "extra": {}}',NULL,'2026-12-06 07:05:57.545189','2026-12-06 07:05:57.555002');
CREATE TABLE playbooks (
	id INTEGER NOT NULL, 
	user_id BIGINT NOT NULL, 
	client_id INTEGER, 
	client_name VARCHAR(64) NOT NULL, 
	target VARCHAR(10), 
	parts JSON NOT NULL, 
	retry_days INTEGER NOT NULL, 
	revisions INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
	FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE SET NULL
);
CREATE TABLE practice_sessions (
	id INTEGER NOT NULL, 
	user_id BIGINT NOT NULL, 
	language VARCHAR(8) NOT NULL, 
	scenario VARCHAR(24) NOT NULL, 
	level VARCHAR(10) NOT NULL, 
	turns JSON NOT NULL, 
	status VARCHAR(8) NOT NULL, 
	outcome VARCHAR(12), 
	score INTEGER, 
	started_at DATETIME NOT NULL, 
	finished_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE TABLE "processed_updates" (
	update_id BIGINT NOT NULL, 
	processed_at DATETIME NOT NULL, 
	finished BOOLEAN DEFAULT 1 NOT NULL, 
	PRIMARY KEY (update_id)
);
INSERT INTO "processed_updates" VALUES(1796540757065165,'2026-12-06 07:05:57.338707',1);
INSERT INTO "processed_updates" VALUES(1796540757065167,'2026-12-06 07:05:57.416195',1);
INSERT INTO "processed_updates" VALUES(1796540757065169,'2026-12-06 07:05:57.424186',1);
INSERT INTO "processed_updates" VALUES(1796540757065171,'2026-12-06 07:05:57.428932',1);
INSERT INTO "processed_updates" VALUES(1796540757065173,'2026-12-06 07:05:57.433632',1);
INSERT INTO "processed_updates" VALUES(1796540757065175,'2026-12-06 07:05:57.440064',1);
INSERT INTO "processed_updates" VALUES(1796540757065177,'2026-12-06 07:05:57.457566',1);
INSERT INTO "processed_updates" VALUES(1796540757065178,'2026-12-06 07:05:57.474573',1);
INSERT INTO "processed_updates" VALUES(1796540757065179,'2026-12-06 07:05:57.490203',1);
INSERT INTO "processed_updates" VALUES(1796540757065181,'2026-12-06 07:05:57.495309',1);
INSERT INTO "processed_updates" VALUES(1796540757065182,'2026-12-06 07:05:57.497921',1);
INSERT INTO "processed_updates" VALUES(1796540757065184,'2026-12-06 07:05:57.510105',1);
INSERT INTO "processed_updates" VALUES(1796540757065186,'2026-12-06 07:05:57.517007',1);
INSERT INTO "processed_updates" VALUES(1796540757065188,'2026-12-06 07:05:57.521458',1);
INSERT INTO "processed_updates" VALUES(1796540757065190,'2026-12-06 07:05:57.525636',1);
INSERT INTO "processed_updates" VALUES(1796540757065192,'2026-12-06 07:05:57.530372',1);
INSERT INTO "processed_updates" VALUES(1796540757065194,'2026-12-06 07:05:57.540672',1);
INSERT INTO "processed_updates" VALUES(1796540757065195,'2026-12-06 07:05:57.547433',1);
INSERT INTO "processed_updates" VALUES(1796540757065196,'2026-12-06 07:05:57.552452',1);
INSERT INTO "processed_updates" VALUES(1796540757065198,'2026-12-06 07:05:57.556766',1);
INSERT INTO "processed_updates" VALUES(1796540757065199,'2026-12-06 07:05:57.568651',1);
INSERT INTO "processed_updates" VALUES(1796540757065201,'2026-12-06 07:05:57.573477',1);
INSERT INTO "processed_updates" VALUES(1796540757065202,'2026-12-06 07:05:57.582508',1);
INSERT INTO "processed_updates" VALUES(1796540757065204,'2026-12-06 07:05:57.587286',1);
INSERT INTO "processed_updates" VALUES(1796540757065205,'2026-12-06 07:05:57.595539',1);
INSERT INTO "processed_updates" VALUES(1796540757065207,'2026-12-06 07:05:57.607100',1);
INSERT INTO "processed_updates" VALUES(1796540757065209,'2026-12-06 07:05:57.610100',1);
INSERT INTO "processed_updates" VALUES(1796540757065210,'2026-12-06 07:05:57.617067',1);
INSERT INTO "processed_updates" VALUES(1796540757065212,'2026-12-06 07:05:57.627941',1);
INSERT INTO "processed_updates" VALUES(1796540757065214,'2026-12-06 07:05:57.631026',1);
CREATE TABLE reply_templates (
	id INTEGER NOT NULL, 
	user_id BIGINT NOT NULL, 
	name VARCHAR(40) NOT NULL, 
	source TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_reply_templates_user_name UNIQUE (user_id, name), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE TABLE scheduled_messages (
	id INTEGER NOT NULL, 
	user_id BIGINT NOT NULL, 
	kind VARCHAR(24) NOT NULL, 
	"key" VARCHAR(40) NOT NULL, 
	due_at DATETIME NOT NULL, 
	status VARCHAR(10) NOT NULL, 
	payload JSON NOT NULL, 
	claimed_by VARCHAR(40), 
	claimed_at DATETIME, 
	sent_at DATETIME, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_scheduled_user_kind_key UNIQUE (user_id, kind, "key"), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);
INSERT INTO "scheduled_messages" VALUES(1,9101,'checkin','2026-03-10','2026-03-10 16:30:00.000000','pending','{}',NULL,NULL,NULL);
INSERT INTO "scheduled_messages" VALUES(2,9101,'weekly','2026-03-15','2026-03-15 17:00:00.000000','pending','{}',NULL,NULL,NULL);
INSERT INTO "scheduled_messages" VALUES(3,9101,'selfcheck','2026-03-24','2026-03-24 14:00:00.000000','pending','{}',NULL,NULL,NULL);
INSERT INTO "scheduled_messages" VALUES(4,9102,'checkin','2026-03-10','2026-03-10 17:30:00.000000','pending','{}',NULL,NULL,NULL);
INSERT INTO "scheduled_messages" VALUES(5,9102,'weekly','2026-03-15','2026-03-15 18:00:00.000000','pending','{}',NULL,NULL,NULL);
INSERT INTO "scheduled_messages" VALUES(6,9102,'selfcheck','2026-03-24','2026-03-24 14:00:00.000000','pending','{}',NULL,NULL,NULL);
CREATE TABLE self_checks (
	id INTEGER NOT NULL, 
	user_id BIGINT NOT NULL, 
	started_at DATETIME NOT NULL, 
	completed_at DATETIME, 
	answers JSON NOT NULL, 
	work_score FLOAT, 
	client_score FLOAT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE TABLE user_data (
	user_id BIGINT NOT NULL, 
	data JSON NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (user_id)
);
INSERT INTO "user_data" VALUES(9101,'{"known": true, "lang": "de", "answered": [2, 3, 4, 5, 6, 7, 13], "flow": "say_no", "say_no": {"draft_id": 1}}','2026-12-06 07:05:57.494785');
INSERT INTO "user_data" VALUES(9102,'{"known": true, "lang": "en", "answered": [2, 3, 4, 5, 6, 7, 13], "flow": "say_no", "say_no": {"draft_id": 2}}','2026-12-06 07:05:57.556295');
INSERT INTO "user_data" VALUES(9201,'{"known": true, "flow": "checkin", "checkin": {"step": 1, "day": 739685, "client": 1, "minutes": null, "note": null}}','2026-12-06 07:05:57.573021');
INSERT INTO "user_data" VALUES(9202,'{"known": true, "flow": "checkin", "checkin": {"step": 1, "day": 739685, "client": 3, "minutes": null, "note": null}}','2026-12-06 07:05:57.586844');
INSERT INTO "user_data" VALUES(9301,'{"known": true, "flow": "calllog", "calllog": {"step": 2, "client_id": 5, "client_name": "Heinicke", "outcome": "callback", "callback_at": null, "prospect": null, "known_prospect": false, "receptionist": null, "note": null, "next_step": null}, "answered": [2, 3]}','2026-12-06 07:05:57.609572');
INSERT INTO "user_data" VALUES(9302,'{"known": true, "flow": "calllog", "calllog": {"step": 2, "client_id": 6, "client_name": "Heinicke", "outcome": "callback", "callback_at": null, "prospect": null, "known_prospect": false, "receptionist": null, "note": null, "next_step": null}, "answered": [2, 3]}','2026-12-06 07:05:57.630542');
CREATE TABLE users (
	id BIGINT NOT NULL, 
	chat_id BIGINT, 
	language VARCHAR(8) NOT NULL, 
	display_name VARCHAR(64), 
	timezone VARCHAR(64), 
	checkin_time VARCHAR(5) NOT NULL, 
	capacity_hours INTEGER NOT NULL, 
	onboarded_at DATETIME, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "users" VALUES(9101,9101,'de',NULL,NULL,'17:30',40,'2026-12-06 07:05:57.442984','2026-12-06 07:05:57.337276');
INSERT INTO "users" VALUES(9102,9102,'en',NULL,NULL,'17:30',40,'2026-12-06 07:05:57.532875','2026-12-06 07:05:57.497300');
INSERT INTO "users" VALUES(9201,9201,'de',NULL,'Europe/Berlin','17:30',40,'2026-03-10 14:00:00.000000','2026-03-10 14:00:00.000000');
INSERT INTO "users" VALUES(9202,9202,'en',NULL,'Europe/Berlin','17:30',40,'2026-03-10 14:00:00.000000','2026-03-10 14:00:00.000000');
INSERT INTO "users" VALUES(9301,9301,'de',NULL,'Europe/Berlin','17:30',40,'2026-03-10 14:00:00.000000','2026-03-10 14:00:00.000000');
INSERT INTO "users" VALUES(9302,9302,'en',NULL,'Europe/Berlin','17:30',40,'2026-03-10 14:00:00.000000','2026-03-10 14:00:00.000000');
CREATE TABLE work_logs (
	id INTEGER NOT NULL, 
	user_id BIGINT NOT NULL, 
	day DATE NOT NULL, 
	client_id INTEGER, 
	minutes INTEGER NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
	FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE SET NULL
);
CREATE TABLE workload_alerts (
	id INTEGER NOT NULL, 
	user_id BIGINT NOT NULL, 
	day DATE NOT NULL, 
	rule VARCHAR(24) NOT NULL, 
	sent_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_workload_alerts_user_day UNIQUE (user_id, day), 
	FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_clients_user_id ON clients (user_id);
CREATE INDEX ix_conversations_user_id ON conversations (user_id);
CREATE INDEX ix_playbooks_user_client ON playbooks (user_id, client_id);
CREATE INDEX ix_call_logs_user_created ON call_logs (user_id, created_at);
CREATE INDEX ix_practice_user_started ON practice_sessions (user_id, started_at);
CREATE INDEX ix_scheduled_status_due ON scheduled_messages (status, due_at);
CREATE INDEX ix_scheduled_messages_user_id ON scheduled_messages (user_id);
CREATE INDEX ix_work_logs_user_day ON work_logs (user_id, day);
CREATE INDEX ix_self_checks_user_started ON self_checks (user_id, started_at);
CREATE INDEX ix_drafts_user_updated ON drafts (user_id, updated_at);
CREATE INDEX ix_processed_updates_processed_at ON processed_updates (processed_at);
COMMIT;
