-- Who may see what. The service logs in as a role that is a member of hub_service and runs every request as
-- the caller's role (SET LOCAL ROLE hub_collector | hub_lead | hub_admin) with hub.user_id and hub.device_id
-- set for the transaction. Row-level security then limits what a plain SELECT can reach; push and pull are
-- SECURITY DEFINER functions that ask the same visibility functions, so both paths answer alike.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hub_service') THEN
    CREATE ROLE hub_service NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hub_collector') THEN
    CREATE ROLE hub_collector NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hub_lead') THEN
    CREATE ROLE hub_lead NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hub_admin') THEN
    CREATE ROLE hub_admin NOLOGIN;
  END IF;
END
$$;
GRANT hub_collector, hub_lead, hub_admin TO hub_service;

CREATE FUNCTION hub.caller_id() RETURNS uuid
  LANGUAGE sql STABLE SET search_path = hub, pg_temp
  AS $$ SELECT nullif(current_setting('hub.user_id', true), '')::uuid $$;
CREATE FUNCTION hub.caller_device() RETURNS uuid
  LANGUAGE sql STABLE SET search_path = hub, pg_temp
  AS $$ SELECT nullif(current_setting('hub.device_id', true), '')::uuid $$;

CREATE FUNCTION hub.can_see_account(account uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = hub, pg_temp
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM hub.app_user u
      LEFT JOIN hub.account_scope s ON s.account_id = account
      WHERE u.id = hub.caller_id()
        AND (u.role = 'admin'
             OR (u.role = 'lead' AND s.team_id = u.team_id)
             OR (u.role = 'collector' AND s.collector_id = u.id)))
  $$;

CREATE FUNCTION hub.can_see_debtor(debtor uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = hub, pg_temp
  AS $$
    SELECT EXISTS (SELECT 1 FROM hub.app_user u WHERE u.id = hub.caller_id() AND u.role = 'admin')
        OR EXISTS (SELECT 1 FROM hub.debtor_account d
                   WHERE d.debtor_id = debtor AND hub.can_see_account(d.account_id))
  $$;

-- A record with neither an account nor a debtor is reference data (teams, users, creditors, placements).
CREATE FUNCTION hub.can_see_record(account uuid, debtor uuid) RETURNS boolean
  LANGUAGE sql STABLE SET search_path = hub, pg_temp
  AS $$
    SELECT CASE WHEN account IS NOT NULL THEN hub.can_see_account(account)
                WHEN debtor IS NOT NULL THEN hub.can_see_debtor(debtor)
                ELSE hub.caller_id() IS NOT NULL END
  $$;

GRANT USAGE ON SCHEMA hub TO hub_collector, hub_lead, hub_admin, hub_service;
GRANT EXECUTE ON FUNCTION hub.caller_id(), hub.caller_device(), hub.can_see_account(uuid),
  hub.can_see_debtor(uuid), hub.can_see_record(uuid, uuid) TO hub_collector, hub_lead, hub_admin;
REVOKE EXECUTE ON FUNCTION hub.can_see_account(uuid), hub.can_see_debtor(uuid) FROM PUBLIC;

-- Direct reads go through the same rules. No role gets INSERT, UPDATE or DELETE: writes are push's alone.
GRANT SELECT ON hub.record, hub.change_log, hub.account_scope TO hub_collector, hub_lead, hub_admin;
GRANT SELECT ON hub.team, hub.app_user TO hub_collector, hub_lead, hub_admin;
GRANT SELECT ON hub.conflict TO hub_lead, hub_admin;
GRANT SELECT ON hub.audit_entry, hub.device, hub.quarantine TO hub_admin;

ALTER TABLE hub.record ENABLE ROW LEVEL SECURITY;
CREATE POLICY record_visible ON hub.record FOR SELECT USING (hub.can_see_record(account_id, debtor_id));
ALTER TABLE hub.change_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY change_visible ON hub.change_log FOR SELECT USING (hub.can_see_record(account_id, debtor_id));
ALTER TABLE hub.account_scope ENABLE ROW LEVEL SECURITY;
CREATE POLICY scope_visible ON hub.account_scope FOR SELECT USING (hub.can_see_account(account_id));
ALTER TABLE hub.conflict ENABLE ROW LEVEL SECURITY;
CREATE POLICY conflict_visible ON hub.conflict FOR SELECT USING (
  EXISTS (SELECT 1 FROM hub.app_user u WHERE u.id = hub.caller_id()
          AND (u.role = 'admin' OR (u.role = 'lead' AND u.team_id = conflict.team_id))));
