-- The hub's store: what every workstation pushed, merged, and a change log per bucket that workstations pull.
-- Applied by `collector-hub migrate`, once, in one transaction, as the database owner.

CREATE SCHEMA hub;

-- Teams, users and devices. The hub is the authority on who is who: roles and teams change here (enroll) or
-- through an administrator's workstation, never through a collector's.
CREATE TABLE hub.team (
  id uuid PRIMARY KEY,
  name text NOT NULL UNIQUE);
CREATE TABLE hub.app_user (
  id uuid PRIMARY KEY,
  login text NOT NULL UNIQUE,
  team_id uuid REFERENCES hub.team (id),
  role text NOT NULL CHECK (role IN ('collector', 'lead', 'admin')));
-- One row per enrolled workstation. Only the SHA-256 of its token is kept: a copy of this table opens nothing.
CREATE TABLE hub.device (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES hub.app_user (id),
  token_sha256 bytea NOT NULL UNIQUE CHECK (length(token_sha256) = 32),
  label text NOT NULL DEFAULT '',
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz);
CREATE TABLE hub.enrollment (
  code_sha256 bytea PRIMARY KEY CHECK (length(code_sha256) = 32),
  user_id uuid NOT NULL REFERENCES hub.app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  device_id uuid REFERENCES hub.device (id));

-- Who may see an account: its team (leads) and its collector. Kept from the account records as they arrive.
CREATE TABLE hub.account_scope (
  account_id uuid PRIMARY KEY,
  team_id uuid,
  collector_id uuid,
  currency text);
CREATE INDEX account_scope_by_team ON hub.account_scope (team_id);
CREATE INDEX account_scope_by_collector ON hub.account_scope (collector_id);
-- Debtors reach a team through the accounts they are party to.
CREATE TABLE hub.debtor_account (
  debtor_id uuid NOT NULL,
  account_id uuid NOT NULL,
  PRIMARY KEY (debtor_id, account_id));
CREATE INDEX debtor_account_by_account ON hub.debtor_account (account_id);

-- The merged state of every synced record, as the workstation's columns in JSON (ids as 32 hex digits), with
-- the hybrid-logical-clock stamp that won each field.
CREATE TABLE hub.record (
  kind text NOT NULL,
  key text NOT NULL,
  account_id uuid,
  debtor_id uuid,
  body jsonb NOT NULL,
  field_hlc jsonb NOT NULL DEFAULT '{}',
  hlc text NOT NULL,
  origin_device uuid,
  PRIMARY KEY (kind, key));
CREATE INDEX record_by_account ON hub.record (account_id) WHERE account_id IS NOT NULL;
CREATE INDEX record_by_debtor ON hub.record (debtor_id) WHERE debtor_id IS NOT NULL;
-- A payment's outside reference counts once per account, whichever workstations recorded it.
CREATE UNIQUE INDEX record_payment_reference ON hub.record (account_id, (body ->> 'external_reference'))
  WHERE kind = 'ledger_entry' AND body ->> 'kind' = 'payment' AND body ->> 'external_reference' IS NOT NULL;

-- Values that lost a last-writer-wins merge, kept so nothing typed is ever silently gone.
CREATE TABLE hub.record_history (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  key text NOT NULL,
  field text NOT NULL,
  lost_value jsonb,
  lost_hlc text NOT NULL,
  won_hlc text NOT NULL,
  at timestamptz NOT NULL DEFAULT now());
-- Merges a lead must look at: two workstations changed a debtor's identity or a contact point's value.
CREATE TABLE hub.conflict (
  id bigserial PRIMARY KEY,
  team_id uuid,
  kind text NOT NULL,
  key text NOT NULL,
  field text NOT NULL,
  kept jsonb,
  other jsonb,
  kept_hlc text NOT NULL,
  other_hlc text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  resolved_by uuid);
CREATE INDEX conflict_open ON hub.conflict (team_id) WHERE resolved_at IS NULL;

-- Buckets: one per team and the global one (all zeros) for reference data. Each bucket's last_seq row is
-- locked by the transaction that appends to the bucket until it commits, so sequence numbers are handed out in
-- commit order: a reader that has seen seq N can never later find a committed N-1 it skipped.
CREATE TABLE hub.bucket (
  id uuid PRIMARY KEY,
  last_seq bigint NOT NULL DEFAULT 0);
INSERT INTO hub.bucket (id) VALUES ('00000000-0000-0000-0000-000000000000');
CREATE TABLE hub.change_log (
  bucket uuid NOT NULL,
  seq bigint NOT NULL,
  kind text NOT NULL,
  key text NOT NULL,
  account_id uuid,
  debtor_id uuid,
  body jsonb NOT NULL,
  hlc text NOT NULL,
  origin_device uuid,
  PRIMARY KEY (bucket, seq));
-- Stop events are pulled ahead of everything else (their own cursor), so they are found without a scan.
CREATE INDEX change_log_stops ON hub.change_log (bucket, seq) WHERE kind = 'stop_event';

-- Every operation applied, with the answer given: a replayed operation gets the same answer and changes nothing.
CREATE TABLE hub.applied_ops (
  op_id uuid PRIMARY KEY,
  device_id uuid NOT NULL,
  outcome jsonb NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now());
-- Operations stamped far ahead of the hub's clock wait here for an administrator instead of winning every merge.
CREATE TABLE hub.quarantine (
  op_id uuid PRIMARY KEY,
  device_id uuid NOT NULL,
  op jsonb NOT NULL,
  reason text NOT NULL,
  at timestamptz NOT NULL DEFAULT now());

-- Each workstation's audit chain, as written there; the hub's copy is the outside anchor of the chain.
CREATE TABLE hub.audit_entry (
  chain_device text NOT NULL,
  seq bigint NOT NULL,
  pushed_by uuid NOT NULL,
  body jsonb NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (chain_device, seq));
