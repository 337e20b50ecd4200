#include "store/migrations.h"

#include "store/database.h"
#include "store/transaction.h"
#include "sync/syncschema.h"

#include <QDateTime>

namespace collector {

namespace {

// Version 3: creditors, placements, accounts, debtors, contact points, the ledger and the append-only events.
// Ids are 16-byte UUIDv7 blobs on rowid tables (bulk loads ~6x faster than TEXT keys on this platform).
// Events are append-only, enforced by triggers: a correction is a new row, never an edit.
constexpr const char* kCollectionDomainSql = R"sql(
CREATE TABLE team (
  id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  name TEXT NOT NULL);
CREATE TABLE app_user (
  id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  team_id BLOB REFERENCES team (id),
  login TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('collector', 'lead', 'admin')));
CREATE TABLE creditor (
  id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  allocation_order TEXT NOT NULL DEFAULT 'fees,interest,principal',
  promise_grace_days INTEGER NOT NULL DEFAULT 3 CHECK (promise_grace_days BETWEEN 0 AND 30));
CREATE TABLE placement (
  id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  creditor_id BLOB NOT NULL REFERENCES creditor (id),
  reference TEXT NOT NULL,
  placed_at_ms INTEGER NOT NULL,
  source_name TEXT,
  source_sha256 BLOB,
  UNIQUE (creditor_id, reference));
CREATE TABLE debtor (
  id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  full_name TEXT NOT NULL,
  national_id TEXT,
  birth_date TEXT,
  language TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  hlc TEXT NOT NULL DEFAULT '');
CREATE TABLE account (
  id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  creditor_id BLOB NOT NULL REFERENCES creditor (id),
  placement_id BLOB REFERENCES placement (id),
  creditor_reference TEXT NOT NULL,
  product TEXT NOT NULL,
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  original_principal_minor INTEGER NOT NULL CHECK (original_principal_minor >= 0),
  opened_on TEXT,
  stage TEXT NOT NULL CHECK (stage IN ('early', 'middle', 'late')),
  status TEXT NOT NULL DEFAULT 'active'
    CHECK (status IN ('active', 'settled', 'closed', 'written_off', 'recalled')),
  assigned_collector_id BLOB REFERENCES app_user (id),
  team_id BLOB REFERENCES team (id),
  hlc TEXT NOT NULL DEFAULT '',
  UNIQUE (creditor_id, creditor_reference));
CREATE INDEX account_by_collector ON account (assigned_collector_id);
CREATE INDEX account_by_team ON account (team_id);
CREATE TABLE account_due (
  account_id BLOB NOT NULL REFERENCES account (id),
  due_on TEXT NOT NULL,
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0));
CREATE INDEX account_due_by_account ON account_due (account_id, due_on);
CREATE TABLE account_party (
  account_id BLOB NOT NULL REFERENCES account (id),
  debtor_id BLOB NOT NULL REFERENCES debtor (id),
  role TEXT NOT NULL CHECK (role IN ('debtor', 'co_borrower', 'guarantor')),
  UNIQUE (account_id, debtor_id));
CREATE INDEX account_party_by_debtor ON account_party (debtor_id);
CREATE TABLE contact_point (
  id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  debtor_id BLOB NOT NULL REFERENCES debtor (id),
  kind TEXT NOT NULL CHECK (kind IN ('phone', 'email', 'address')),
  value TEXT NOT NULL,
  phone_type TEXT,
  region TEXT,
  time_zone TEXT,
  source TEXT NOT NULL,
  verified INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),
  consent INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
  do_not_contact INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
  created_at_ms INTEGER NOT NULL,
  hlc TEXT NOT NULL DEFAULT '');
CREATE INDEX contact_point_by_debtor ON contact_point (debtor_id);
CREATE INDEX contact_point_by_value ON contact_point (value);
CREATE TABLE ledger_entry (
  id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  account_id BLOB NOT NULL REFERENCES account (id),
  kind TEXT NOT NULL
    CHECK (kind IN ('placement', 'interest', 'fee', 'payment', 'adjustment', 'write_off', 'reversal')),
  component TEXT NOT NULL CHECK (component IN ('fees', 'interest', 'principal')),
  amount_minor INTEGER NOT NULL,
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  effective_on TEXT NOT NULL,
  recorded_at_ms INTEGER NOT NULL,
  reverses_id BLOB,
  channel TEXT,
  external_reference TEXT,
  source TEXT NOT NULL,
  recorded_by BLOB);
CREATE INDEX ledger_by_account ON ledger_entry (account_id, effective_on);
CREATE UNIQUE INDEX ledger_by_external_reference ON ledger_entry (account_id, kind, external_reference)
  WHERE external_reference IS NOT NULL;
CREATE TABLE contact_attempt (
  id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  account_id BLOB NOT NULL REFERENCES account (id),
  debtor_id BLOB REFERENCES debtor (id),
  contact_point_id BLOB REFERENCES contact_point (id),
  channel TEXT NOT NULL CHECK (channel IN ('call', 'sms', 'email', 'letter', 'visit', 'chat')),
  direction TEXT NOT NULL CHECK (direction IN ('outbound', 'inbound')),
  at_ms INTEGER NOT NULL,
  outcome TEXT NOT NULL,
  right_party INTEGER NOT NULL CHECK (right_party IN (0, 1)),
  duration_s INTEGER NOT NULL DEFAULT 0 CHECK (duration_s >= 0),
  reaction TEXT,
  note TEXT,
  collector_id BLOB REFERENCES app_user (id));
CREATE INDEX attempt_by_account ON contact_attempt (account_id, at_ms);
CREATE INDEX attempt_by_debtor ON contact_attempt (debtor_id, at_ms);
CREATE TABLE plan (
  id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  account_id BLOB NOT NULL REFERENCES account (id),
  method TEXT NOT NULL,
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  principal_minor INTEGER NOT NULL,
  total_minor INTEGER NOT NULL,
  instalment_count INTEGER NOT NULL CHECK (instalment_count > 0),
  created_at_ms INTEGER NOT NULL,
  collector_id BLOB REFERENCES app_user (id),
  terms_json TEXT);
CREATE INDEX plan_by_account ON plan (account_id);
CREATE TABLE plan_instalment (
  plan_id BLOB NOT NULL REFERENCES plan (id),
  n INTEGER NOT NULL CHECK (n > 0),
  due_on TEXT NOT NULL,
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
  principal_minor INTEGER NOT NULL,
  interest_minor INTEGER NOT NULL,
  fee_minor INTEGER NOT NULL,
  UNIQUE (plan_id, n));
CREATE TABLE promise (
  id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  account_id BLOB NOT NULL REFERENCES account (id),
  debtor_id BLOB REFERENCES debtor (id),
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  made_on TEXT NOT NULL,
  due_on TEXT NOT NULL,
  grace_days INTEGER NOT NULL CHECK (grace_days >= 0),
  created_at_ms INTEGER NOT NULL,
  collector_id BLOB REFERENCES app_user (id),
  plan_id BLOB REFERENCES plan (id),
  instalment_no INTEGER);
CREATE INDEX promise_by_account ON promise (account_id, due_on);
CREATE INDEX promise_by_due ON promise (due_on);
CREATE TABLE visit (
  id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  account_id BLOB NOT NULL REFERENCES account (id),
  debtor_id BLOB REFERENCES debtor (id),
  at_ms INTEGER NOT NULL,
  visit_type TEXT NOT NULL,
  met TEXT NOT NULL,
  companion_id BLOB REFERENCES app_user (id),
  outcome TEXT NOT NULL,
  reaction TEXT,
  district TEXT,
  note TEXT,
  collector_id BLOB REFERENCES app_user (id));
CREATE INDEX visit_by_account ON visit (account_id, at_ms);
CREATE TABLE note (
  id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  account_id BLOB NOT NULL REFERENCES account (id),
  at_ms INTEGER NOT NULL,
  author_id BLOB REFERENCES app_user (id),
  body TEXT NOT NULL);
CREATE INDEX note_by_account ON note (account_id, at_ms);
CREATE TABLE stop_event (
  id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  debtor_id BLOB NOT NULL REFERENCES debtor (id),
  account_id BLOB REFERENCES account (id),
  kind TEXT NOT NULL CHECK (kind IN ('dispute', 'complaint', 'cease_communication', 'bankruptcy', 'deceased',
                                     'breathing_space', 'cleared')),
  at_ms INTEGER NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT,
  clears_id BLOB REFERENCES stop_event (id),
  recorded_by BLOB REFERENCES app_user (id),
  note TEXT);
CREATE INDEX stop_by_debtor ON stop_event (debtor_id, at_ms);
)sql"
#define COLLECTOR_APPEND_ONLY(table)                                                                         \
    "CREATE TRIGGER " table "_no_update BEFORE UPDATE ON " table " BEGIN SELECT RAISE(ABORT, '" table        \
    " rows are append-only: record a correction instead'); END;"                                             \
    "CREATE TRIGGER " table "_no_delete BEFORE DELETE ON " table " BEGIN SELECT RAISE(ABORT, '" table        \
    " rows are append-only: record a correction instead'); END;"
    COLLECTOR_APPEND_ONLY("ledger_entry") COLLECTOR_APPEND_ONLY("contact_attempt")
        COLLECTOR_APPEND_ONLY("plan") COLLECTOR_APPEND_ONLY("plan_instalment")
            COLLECTOR_APPEND_ONLY("promise") COLLECTOR_APPEND_ONLY("visit") COLLECTOR_APPEND_ONLY("note")
                COLLECTOR_APPEND_ONLY("stop_event");
#undef COLLECTOR_APPEND_ONLY

// What the contact gate needs beyond migration 3: legal holds as stop events (SQLite cannot alter a CHECK, so
// the table is rebuilt with its rows and triggers), who holds a contact point, the debtor's stated contact
// hours and channels, a vulnerability flag, and each creditor's rule pack with its tightening.
constexpr const char* kComplianceFactsSql = R"sql(
DROP TRIGGER stop_event_no_update;
DROP TRIGGER stop_event_no_delete;
CREATE TABLE stop_event_v5 (
  id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  debtor_id BLOB NOT NULL REFERENCES debtor (id),
  account_id BLOB REFERENCES account (id),
  kind TEXT NOT NULL CHECK (kind IN ('dispute', 'complaint', 'cease_communication', 'bankruptcy', 'deceased',
                                     'breathing_space', 'legal_hold', 'cleared')),
  at_ms INTEGER NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT,
  clears_id BLOB REFERENCES stop_event (id),
  recorded_by BLOB REFERENCES app_user (id),
  note TEXT);
INSERT INTO stop_event_v5 (rowid, id, debtor_id, account_id, kind, at_ms, starts_on, ends_on, clears_id,
                           recorded_by, note)
  SELECT rowid, id, debtor_id, account_id, kind, at_ms, starts_on, ends_on, clears_id, recorded_by, note
  FROM stop_event;
DROP TABLE stop_event;
ALTER TABLE stop_event_v5 RENAME TO stop_event;
CREATE INDEX stop_by_debtor ON stop_event (debtor_id, at_ms);
CREATE TRIGGER stop_event_no_update BEFORE UPDATE ON stop_event
  BEGIN SELECT RAISE(ABORT, 'stop_event rows are append-only: record a correction instead'); END;
ALTER TABLE contact_point ADD COLUMN holder TEXT NOT NULL DEFAULT 'debtor'
  CHECK (holder IN ('debtor', 'family', 'colleague', 'reference', 'other'));
ALTER TABLE debtor ADD COLUMN contact_not_before TEXT;
ALTER TABLE debtor ADD COLUMN contact_not_after TEXT;
ALTER TABLE debtor ADD COLUMN contact_hours_agreed INTEGER NOT NULL DEFAULT 0
  CHECK (contact_hours_agreed IN (0, 1));
ALTER TABLE debtor ADD COLUMN no_channels TEXT NOT NULL DEFAULT '';
ALTER TABLE debtor ADD COLUMN vulnerable INTEGER NOT NULL DEFAULT 0 CHECK (vulnerable IN (0, 1));
-- NULL: the pack of the debtor's jurisdiction (from the address zone); set, it applies to every debtor.
ALTER TABLE creditor ADD COLUMN rule_pack TEXT CHECK (rule_pack IS NULL OR rule_pack IN ('cn', 'us', 'uk'));
ALTER TABLE creditor ADD COLUMN rule_tightening TEXT NOT NULL DEFAULT '{}';
CREATE TABLE compliance_override (
  id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  account_id BLOB NOT NULL REFERENCES account (id),
  contact_point_id BLOB REFERENCES contact_point (id),
  rule_id TEXT NOT NULL,
  pack_version TEXT NOT NULL,
  channel TEXT NOT NULL,
  lead TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (length(trim(reason)) >= 15),
  at_ms INTEGER NOT NULL,
  valid_until_ms INTEGER NOT NULL);
CREATE INDEX compliance_override_by_account ON compliance_override (account_id, at_ms);
CREATE TRIGGER compliance_override_no_update BEFORE UPDATE ON compliance_override
  BEGIN SELECT RAISE(ABORT, 'compliance_override rows are append-only: record a correction instead'); END;
-- Events are deleted only by the retention purge, which marks itself here inside its own transaction.
CREATE TABLE retention_purge_active (started_at_ms INTEGER NOT NULL);
CREATE TRIGGER compliance_override_no_delete BEFORE DELETE ON compliance_override
  WHEN NOT EXISTS (SELECT 1 FROM retention_purge_active)
  BEGIN SELECT RAISE(ABORT, 'compliance_override rows are append-only: record a correction instead'); END;
DROP TRIGGER ledger_entry_no_delete;
CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry WHEN NOT EXISTS (SELECT 1 FROM retention_purge_active)
  BEGIN SELECT RAISE(ABORT, 'ledger_entry rows are append-only: record a correction instead'); END;
DROP TRIGGER contact_attempt_no_delete;
CREATE TRIGGER contact_attempt_no_delete BEFORE DELETE ON contact_attempt WHEN NOT EXISTS (SELECT 1 FROM retention_purge_active)
  BEGIN SELECT RAISE(ABORT, 'contact_attempt rows are append-only: record a correction instead'); END;
DROP TRIGGER plan_no_delete;
CREATE TRIGGER plan_no_delete BEFORE DELETE ON plan WHEN NOT EXISTS (SELECT 1 FROM retention_purge_active)
  BEGIN SELECT RAISE(ABORT, 'plan rows are append-only: record a correction instead'); END;
DROP TRIGGER plan_instalment_no_delete;
CREATE TRIGGER plan_instalment_no_delete BEFORE DELETE ON plan_instalment WHEN NOT EXISTS (SELECT 1 FROM retention_purge_active)
  BEGIN SELECT RAISE(ABORT, 'plan_instalment rows are append-only: record a correction instead'); END;
DROP TRIGGER promise_no_delete;
CREATE TRIGGER promise_no_delete BEFORE DELETE ON promise WHEN NOT EXISTS (SELECT 1 FROM retention_purge_active)
  BEGIN SELECT RAISE(ABORT, 'promise rows are append-only: record a correction instead'); END;
DROP TRIGGER visit_no_delete;
CREATE TRIGGER visit_no_delete BEFORE DELETE ON visit WHEN NOT EXISTS (SELECT 1 FROM retention_purge_active)
  BEGIN SELECT RAISE(ABORT, 'visit rows are append-only: record a correction instead'); END;
DROP TRIGGER note_no_delete;
CREATE TRIGGER note_no_delete BEFORE DELETE ON note WHEN NOT EXISTS (SELECT 1 FROM retention_purge_active)
  BEGIN SELECT RAISE(ABORT, 'note rows are append-only: record a correction instead'); END;
CREATE TRIGGER stop_event_no_delete BEFORE DELETE ON stop_event WHEN NOT EXISTS (SELECT 1 FROM retention_purge_active)
  BEGIN SELECT RAISE(ABORT, 'stop_event rows are append-only: record a correction instead'); END;
)sql";

// The outbox: every change to a synced table lands here in the same transaction (capture triggers generated
// from sync/syncschema), and leaves when the hub has answered for it. sync_state holds the device's enrolment
// (its token stays inside the encrypted store), the HLC and a cursor per bucket; sync_rejection what the hub
// refused, for the sync panel.
constexpr const char* kSyncOutboxSql = R"sql(
CREATE TABLE sync_outbox (
  seq INTEGER PRIMARY KEY,
  op_id BLOB NOT NULL UNIQUE CHECK (length(op_id) = 16),
  kind TEXT NOT NULL,
  record_key TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('insert', 'update')),
  fields TEXT NOT NULL,
  body TEXT NOT NULL,
  hlc TEXT NOT NULL,
  priority INTEGER NOT NULL);
CREATE INDEX sync_outbox_order ON sync_outbox (priority, seq);
CREATE INDEX sync_outbox_by_record ON sync_outbox (kind, record_key);
CREATE TABLE sync_state (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE sync_rejection (
  op_id BLOB NOT NULL,
  kind TEXT NOT NULL,
  record_key TEXT NOT NULL,
  status TEXT NOT NULL,
  reason TEXT NOT NULL,
  at_ms INTEGER NOT NULL);
)sql";

Status createSyncCapture(Database& db)
{
    if (auto done = createCaptureTriggers(db); !done)
        return done;
    return seedOutbox(db);
}

Status captureCollectionTargets(Database& db)
{
    if (auto done = createCaptureTriggers(db); !done)
        return done;
    return seedOutbox(db, "collection_target");
}

// The queue's snapshot (core/queue/queuesnapshot): one row per active, assigned account with what ordering it
// needs (balance, last contact, callbacks, promises, the debtor's gate facts) and where it last stood in its
// collector's queue. Every write that could change a row marks the account in queue_dirty from a trigger, in
// the same transaction as the write; the next queue build recomputes exactly those rows. A row's place holds
// until rank_until_ms (the next local midnight, window edge, callback or cadence turning), so a queue built
// again later re-ranks only the rows whose place may have moved. section (0 due now, 1 not now) and
// rank_order (the score negated) let the queue's pages seek on plain columns, every column of the order
// ascending. Local only: derived data, never synced.
constexpr const char* kQueueSnapshotSql = R"sql(
CREATE TABLE queue_account (
  collector_id BLOB NOT NULL,
  account_id BLOB NOT NULL UNIQUE,
  reference TEXT NOT NULL,
  stage TEXT NOT NULL,
  currency TEXT NOT NULL,
  placed_at_ms INTEGER NOT NULL,
  first_due TEXT,
  balance_minor INTEGER NOT NULL,
  paid_minor INTEGER NOT NULL,
  last_outbound_ms INTEGER NOT NULL,
  last_right_party_ms INTEGER NOT NULL,
  last_outcome TEXT NOT NULL,
  callback_due_ms INTEGER NOT NULL,
  debtor_id BLOB,
  time_zone TEXT NOT NULL,
  contact_not_before TEXT,
  contact_not_after TEXT,
  contact_hours_agreed INTEGER NOT NULL,
  no_channels TEXT NOT NULL,
  vulnerable INTEGER NOT NULL,
  rule_pack TEXT,
  rule_tightening TEXT NOT NULL,
  phone_id BLOB,
  phone_zones TEXT NOT NULL,
  phone_consent INTEGER NOT NULL,
  phone_key TEXT NOT NULL,
  stops TEXT NOT NULL,
  recent_calls TEXT NOT NULL,
  recent_since_ms INTEGER NOT NULL,
  promises TEXT NOT NULL,
  payments TEXT NOT NULL,
  section INTEGER NOT NULL DEFAULT 0,
  rank_group INTEGER NOT NULL DEFAULT 99,
  rank_key INTEGER NOT NULL DEFAULT 0,
  rank_score REAL NOT NULL DEFAULT 0,
  rank_order REAL NOT NULL DEFAULT 0,
  dpd INTEGER NOT NULL DEFAULT 0,
  promise_state TEXT NOT NULL DEFAULT '',
  gate_verdict TEXT NOT NULL DEFAULT '',
  gate_rule TEXT NOT NULL DEFAULT '',
  gate_reason TEXT NOT NULL DEFAULT '',
  gate_reopens_ms INTEGER NOT NULL DEFAULT 0,
  gate_until_ms INTEGER NOT NULL DEFAULT 0,
  rank_until_ms INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (collector_id, account_id)) WITHOUT ROWID;
CREATE INDEX queue_account_order ON queue_account
  (collector_id, section, rank_group, rank_key, rank_order, reference, account_id,
   stage, dpd, last_outcome, promise_state);
CREATE INDEX queue_account_expiring ON queue_account (collector_id, rank_until_ms);
CREATE INDEX queue_account_calls_since ON queue_account (recent_since_ms);
CREATE INDEX queue_account_by_balance ON queue_account (collector_id, section, balance_minor, account_id);
CREATE INDEX queue_account_by_dpd ON queue_account (collector_id, section, dpd, account_id);
CREATE INDEX queue_account_by_reference ON queue_account (collector_id, section, reference, account_id);
CREATE TABLE queue_ranked (
  collector_id BLOB PRIMARY KEY NOT NULL,
  at_ms INTEGER NOT NULL,
  strategy TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE queue_dirty (account_id BLOB PRIMARY KEY NOT NULL) WITHOUT ROWID;
INSERT INTO queue_dirty SELECT id FROM account;
CREATE TRIGGER queue_dirty_account_insert AFTER INSERT ON account
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT NEW.id AS account_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_account_update AFTER UPDATE ON account
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT NEW.id AS account_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_account_delete AFTER DELETE ON account
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT OLD.id AS account_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_party_insert AFTER INSERT ON account_party
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT NEW.account_id AS account_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_party_update AFTER UPDATE ON account_party
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT OLD.account_id AS account_id UNION ALL SELECT NEW.account_id AS account_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_party_delete AFTER DELETE ON account_party
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT OLD.account_id AS account_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_debtor_update AFTER UPDATE ON debtor
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT account_id AS account_id FROM account_party WHERE debtor_id = NEW.id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_point_insert AFTER INSERT ON contact_point
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT account_id AS account_id FROM account_party WHERE debtor_id = NEW.debtor_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_point_update AFTER UPDATE ON contact_point
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT account_id AS account_id FROM account_party WHERE debtor_id IN (OLD.debtor_id, NEW.debtor_id))
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_point_delete AFTER DELETE ON contact_point
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT account_id AS account_id FROM account_party WHERE debtor_id = OLD.debtor_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_attempt_insert AFTER INSERT ON contact_attempt
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT NEW.account_id AS account_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty);
    INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT account_id AS account_id FROM account_party WHERE debtor_id = NEW.debtor_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_attempt_update AFTER UPDATE ON contact_attempt
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT OLD.account_id AS account_id UNION ALL SELECT NEW.account_id AS account_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty);
    INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT account_id AS account_id FROM account_party WHERE debtor_id IN (OLD.debtor_id, NEW.debtor_id))
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_attempt_delete AFTER DELETE ON contact_attempt
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT OLD.account_id AS account_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty);
    INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT account_id AS account_id FROM account_party WHERE debtor_id = OLD.debtor_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_ledger_insert AFTER INSERT ON ledger_entry
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT NEW.account_id AS account_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_ledger_update AFTER UPDATE ON ledger_entry
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT OLD.account_id AS account_id UNION ALL SELECT NEW.account_id AS account_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_ledger_delete AFTER DELETE ON ledger_entry
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT OLD.account_id AS account_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_due_insert AFTER INSERT ON account_due
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT NEW.account_id AS account_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_due_update AFTER UPDATE ON account_due
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT OLD.account_id AS account_id UNION ALL SELECT NEW.account_id AS account_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_due_delete AFTER DELETE ON account_due
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT OLD.account_id AS account_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_callback_insert AFTER INSERT ON callback
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT NEW.account_id AS account_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_callback_update AFTER UPDATE ON callback
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT OLD.account_id AS account_id UNION ALL SELECT NEW.account_id AS account_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_callback_delete AFTER DELETE ON callback
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT OLD.account_id AS account_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_promise_insert AFTER INSERT ON promise
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT NEW.account_id AS account_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_promise_update AFTER UPDATE ON promise
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT OLD.account_id AS account_id UNION ALL SELECT NEW.account_id AS account_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_promise_delete AFTER DELETE ON promise
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT OLD.account_id AS account_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_stop_insert AFTER INSERT ON stop_event
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT account_id AS account_id FROM account_party WHERE debtor_id = NEW.debtor_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_stop_update AFTER UPDATE ON stop_event
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT account_id AS account_id FROM account_party WHERE debtor_id IN (OLD.debtor_id, NEW.debtor_id))
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_stop_delete AFTER DELETE ON stop_event
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT account_id AS account_id FROM account_party WHERE debtor_id = OLD.debtor_id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_creditor_update AFTER UPDATE ON creditor
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT id AS account_id FROM account WHERE creditor_id = NEW.id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
CREATE TRIGGER queue_dirty_placement_update AFTER UPDATE ON placement
  BEGIN INSERT INTO queue_dirty SELECT DISTINCT account_id FROM (SELECT id AS account_id FROM account WHERE placement_id = NEW.id)
    WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT account_id FROM queue_dirty); END;
)sql";

// The queue's places made to hold from one day to the next (core/queue/queue.cpp): days past due move every
// midnight, so rows keep what does not, the day they count from (dpd_order, that day negated so the pages
// read "most days past due last" ascending like every other order; the lowest value when the account owes
// nothing past due) and the reporting bucket (which moves on its own edges, when the row is ranked again).
// The gate's "allowed until" is not kept per row (it moves with the day, and the screen never shows it for
// a row); an account with a number to call names its debtor's gate profile (zone, hours, pack, flags) in
// gate_profile, and gate_own says whether its answer is its own (calls or stops of its own in play) or the
// profile's. queue_gate_profile keeps each profile's answer with the time it next turns (a window edge, a
// midnight): then the answers of their own are worked out again, and the profile's other rows only when
// what they show changed. The places are worked out afresh once (queue_ranked emptied).
constexpr const char* kQueueDayStableSql = R"sql(
DROP INDEX queue_account_order;
DROP INDEX queue_account_by_dpd;
ALTER TABLE queue_account DROP COLUMN dpd;
ALTER TABLE queue_account DROP COLUMN gate_until_ms;
ALTER TABLE queue_account ADD COLUMN dpd_order INTEGER NOT NULL DEFAULT 0;
ALTER TABLE queue_account ADD COLUMN dpd_bucket INTEGER NOT NULL DEFAULT 0;
ALTER TABLE queue_account ADD COLUMN gate_profile INTEGER;
ALTER TABLE queue_account ADD COLUMN gate_own INTEGER NOT NULL DEFAULT 0;
CREATE INDEX queue_account_order ON queue_account
  (collector_id, section, rank_group, rank_key, rank_order, reference, account_id,
   stage, dpd_bucket, last_outcome, promise_state);
CREATE INDEX queue_account_by_dpd ON queue_account (collector_id, section, dpd_order, account_id);
CREATE INDEX queue_account_by_profile ON queue_account (collector_id, gate_profile, gate_own)
  WHERE gate_profile IS NOT NULL;
CREATE TABLE queue_gate_profile (
  collector_id BLOB NOT NULL,
  profile INTEGER NOT NULL,
  turn_ms INTEGER NOT NULL,
  verdict TEXT NOT NULL,
  rule TEXT NOT NULL,
  reason TEXT NOT NULL,
  reopens_ms INTEGER NOT NULL,
  PRIMARY KEY (collector_id, profile)) WITHOUT ROWID;
DELETE FROM queue_ranked;
)sql";

// Append only: a migration that has shipped is never edited; a change is a new migration.
constexpr Migration kMigrations[] = {
    {1, "profile metadata",
     "CREATE TABLE profile_meta ("
     "  key TEXT PRIMARY KEY NOT NULL,"
     "  value TEXT NOT NULL"
     ") WITHOUT ROWID;"},
    {2, "workstation settings",
     "CREATE TABLE settings ("
     "  key TEXT PRIMARY KEY NOT NULL,"
     "  value TEXT NOT NULL,"
     "  updated_at_ms INTEGER NOT NULL"
     ") WITHOUT ROWID;"
     "INSERT INTO settings (key, value, updated_at_ms) VALUES ('idle_lock_minutes', '10', 0);"},
    {3, "collection domain", kCollectionDomainSql},
    {4, "audit trail",
     // One hash chain per device (profile): each entry's hash covers its fields and the previous entry's
     // hash.
     "CREATE TABLE audit_entry ("
     "  seq INTEGER NOT NULL,"
     "  device_id TEXT NOT NULL,"
     "  id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),"
     "  at_ms INTEGER NOT NULL,"
     "  actor TEXT NOT NULL,"
     "  action TEXT NOT NULL,"
     "  subject_kind TEXT NOT NULL DEFAULT '',"
     "  subject_id TEXT NOT NULL DEFAULT '',"
     "  detail TEXT NOT NULL DEFAULT '{}',"
     "  prev_hash BLOB NOT NULL CHECK (length(prev_hash) = 32),"
     "  hash BLOB NOT NULL CHECK (length(hash) = 32),"
     "  PRIMARY KEY (device_id, seq));"
     "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry"
     " BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;"
     "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry"
     " BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;"},
    {5, "compliance facts", kComplianceFactsSql, true},
    {6, "callbacks",
     // A callback the debtor asked for: it comes back into the queue at its time. Done is set once, when the
     // callback is worked; the row is otherwise never changed.
     "CREATE TABLE callback ("
     "  id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),"
     "  account_id BLOB NOT NULL REFERENCES account (id),"
     "  attempt_id BLOB REFERENCES contact_attempt (id),"
     "  due_at_ms INTEGER NOT NULL,"
     "  created_at_ms INTEGER NOT NULL,"
     "  collector_id BLOB REFERENCES app_user (id),"
     "  done_at_ms INTEGER);"
     "CREATE INDEX callback_by_due ON callback (due_at_ms) WHERE done_at_ms IS NULL;"
     "CREATE INDEX callback_by_account ON callback (account_id);"},
    {7, "plan rules",
     // The creditor's guardrails for repayment plans as JSON (minimum instalment, maximum term, discount
     // limits by role); NULL: the workstation's defaults.
     "ALTER TABLE creditor ADD COLUMN plan_rules TEXT;"},
    {8, "reversal index",
     // Balances and promises leave reversed payments out with "id NOT IN (reversed ids)"; without an index
     // that list cost a scan of the whole ledger for every queue built.
     "CREATE INDEX ledger_reversals ON ledger_entry (reverses_id) WHERE kind = 'reversal';"},
    {9, "sync outbox", kSyncOutboxSql, false, createSyncCapture},
    {10, "contact budgets",
     // Leases of contact allowance the hub handed out (sync/contactbudget): this workstation's, which the
     // gate spends from while it works offline, and other workstations', which count as calls already made.
     // Written by the hub and pulled; never captured for push.
     "CREATE TABLE contact_lease ("
     "  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),"
     "  device_id BLOB NOT NULL,"
     "  account_id BLOB NOT NULL,"
     "  rule_id TEXT NOT NULL,"
     "  scope_key BLOB NOT NULL,"
     "  first_day TEXT NOT NULL,"
     "  last_day TEXT NOT NULL,"
     "  tokens INTEGER NOT NULL,"
     "  base INTEGER NOT NULL,"
     "  state TEXT NOT NULL,"
     "  taken_at_ms INTEGER NOT NULL);"
     "CREATE INDEX contact_lease_held ON contact_lease (scope_key) WHERE state = 'held';"},
    {11, "collection targets",
     // What a lead expects each collector to collect in a month, per currency; the dashboard prorates it over
     // the days of any period. Synced from migration 12 on.
     "CREATE TABLE collection_target ("
     "  collector_id BLOB NOT NULL CHECK (length(collector_id) = 16),"
     "  month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),"
     "  currency TEXT NOT NULL CHECK (length(currency) = 3),"
     "  amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),"
     "  set_by TEXT NOT NULL,"
     "  set_at_ms INTEGER NOT NULL,"
     "  PRIMARY KEY (collector_id, month, currency)) WITHOUT ROWID;"},
    {12, "collection targets sync",
     // Targets travel through the hub to the collector's team (hub/sql/005_targets.sql): the ones a lead set
     // before this migration go out with the next sync.
     "", false, captureCollectionTargets},
    {13, "field visits",
     // Addresses gain where they are (district always when known; a point when geocoded), so a day's visits
     // can be routed. A visit records whether recording was consented to, the payment taken at the door (its
     // receipt number is the payment's external reference), and a point only where the pack allows.
     // Photos of delivered notices stay in this encrypted store; a day's plan is kept for the days offline.
     "ALTER TABLE contact_point ADD COLUMN district TEXT;"
     "ALTER TABLE contact_point ADD COLUMN latitude REAL CHECK (latitude BETWEEN -90 AND 90);"
     "ALTER TABLE contact_point ADD COLUMN longitude REAL CHECK (longitude BETWEEN -180 AND 180);"
     "ALTER TABLE visit ADD COLUMN recording TEXT NOT NULL DEFAULT 'none'"
     "  CHECK (recording IN ('none', 'consented', 'refused'));"
     "ALTER TABLE visit ADD COLUMN payment_id BLOB REFERENCES ledger_entry (id);"
     "ALTER TABLE visit ADD COLUMN latitude REAL;"
     "ALTER TABLE visit ADD COLUMN longitude REAL;"
     "CREATE TABLE visit_photo ("
     "  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),"
     "  visit_id BLOB NOT NULL REFERENCES visit (id),"
     "  taken_at_ms INTEGER NOT NULL,"
     "  mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),"
     "  sha256 BLOB NOT NULL CHECK (length(sha256) = 32),"
     "  bytes BLOB NOT NULL);"
     "CREATE INDEX visit_photo_by_visit ON visit_photo (visit_id);"
     "CREATE TABLE field_stop ("
     "  day TEXT NOT NULL,"
     "  seq INTEGER NOT NULL,"
     "  account_id BLOB NOT NULL REFERENCES account (id),"
     "  address_id BLOB REFERENCES contact_point (id),"
     "  planned_at_ms INTEGER NOT NULL,"
     "  minutes INTEGER NOT NULL,"
     "  visit_type TEXT NOT NULL,"
     "  PRIMARY KEY (day, seq)) WITHOUT ROWID;",
     false, createCaptureTriggers},
    {14, "queue snapshot", kQueueSnapshotSql},
    {15, "queue places that hold across days", kQueueDayStableSql},
};

Status ensureVersionTable(Database& db)
{
    return db.exec("CREATE TABLE IF NOT EXISTS schema_version ("
                   "  version INTEGER PRIMARY KEY NOT NULL,"
                   "  name TEXT NOT NULL,"
                   "  applied_at_ms INTEGER NOT NULL)");
}

// The pragma is a no-op inside a transaction, so it is switched around it, and back on whatever happens.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Database& db, bool off)
        : m_db(db)
        , m_off(off)
    {
        if (m_off)
            (void)m_db.exec("PRAGMA foreign_keys = OFF");
    }
    ~ForeignKeysOff()
    {
        if (m_off)
            (void)m_db.exec("PRAGMA foreign_keys = ON");
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    Database& m_db;
    bool m_off;
};

Status apply(Database& db, const Migration& migration)
{
    const ForeignKeysOff keysOff(db, migration.rebuildsTables);
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (auto done = db.exec(migration.sql); !done)
        return done;
    if (migration.generated)
        if (auto done = migration.generated(db); !done)
            return done;
    if (migration.rebuildsTables) {
        auto broken = db.queryInt("SELECT count(*) FROM pragma_foreign_key_check");
        if (!broken)
            return broken.error();
        if (broken.value() != 0)
            return makeError(ErrorCode::Database,
                             QStringLiteral("migration %1 would break %2 references; nothing was changed")
                                 .arg(migration.version)
                                 .arg(broken.value()));
    }
    auto record = db.prepare("INSERT INTO schema_version (version, name, applied_at_ms) VALUES (?, ?, ?)");
    if (!record)
        return record.error();
    record.value()
        .bind(1, migration.version)
        .bind(2, QString::fromUtf8(migration.name))
        .bind(3, QDateTime::currentMSecsSinceEpoch());
    if (auto done = record.value().run(); !done)
        return done;
    return tx.value().commit();
}

} // namespace

std::span<const Migration> allMigrations()
{
    return kMigrations;
}

int latestSchemaVersion()
{
    return allMigrations().back().version;
}

Result<int> schemaVersion(Database& db)
{
    auto exists =
        db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
    if (!exists)
        return exists.error();
    if (exists.value() == 0)
        return 0;
    auto version = db.queryInt("SELECT coalesce(max(version), 0) FROM schema_version");
    if (!version)
        return version.error();
    return static_cast<int>(version.value());
}

Status migrate(Database& db, int targetVersion)
{
    if (targetVersion < 0 || targetVersion > latestSchemaVersion())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no such schema version"));
    if (auto done = ensureVersionTable(db); !done)
        return done;
    auto current = schemaVersion(db);
    if (!current)
        return current.error();
    if (current.value() > latestSchemaVersion())
        return makeError(ErrorCode::StoreTooNew,
                         QStringLiteral("store schema %1 is newer than this build's %2")
                             .arg(current.value())
                             .arg(latestSchemaVersion()));
    for (const Migration& migration : allMigrations()) {
        if (migration.version <= current.value() || migration.version > targetVersion)
            continue;
        if (auto done = apply(db, migration); !done)
            return done;
    }
    return {};
}

} // namespace collector
