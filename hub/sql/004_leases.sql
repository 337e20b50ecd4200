-- Contact budgets. Before a workstation goes offline it leases, per rule of its compliance pack and per
-- debtor, debt or number the rule counts by, part of what the rule still allows on given local days. The hub
-- hands out leases so that, for every such scope, the calls already on record plus every device's leased calls
-- never pass the cap; offline, the gate spends from the lease; the next sync pushes the calls and returns the
-- leases. A lease is a record of kind contact_lease in the account's team bucket, so every workstation that may
-- call the debtor learns that part of the allowance is out.
--
-- The hub does not read law: the workstation states the rule's cap, how many of its calls count already and
-- how many days one period spans (1 for a daily cap, 7 for seven-in-seven); the hub keeps the sum.

-- Held leases by what they limit: the sum under the lock below is an index scan.
CREATE INDEX record_lease_scope ON hub.record ((body ->> 'rule_id'), (body ->> 'scope_key'))
  WHERE kind = 'contact_lease' AND body ->> 'state' = 'held';
CREATE INDEX record_lease_device ON hub.record ((body ->> 'device_id'))
  WHERE kind = 'contact_lease' AND body ->> 'state' = 'held';

-- Returns every lease a device holds (its next sync, a new lease, or its revocation): the allowance they held
-- is free for the others from this commit on.
CREATE FUNCTION hub.release_leases(device uuid) RETURNS integer
  LANGUAGE plpgsql SET search_path = hub, pg_temp
  AS $$
  DECLARE
    rec hub.record;
    n integer := 0;
    stamp text := hub.hub_hlc();
  BEGIN
    FOR rec IN
      UPDATE hub.record r SET body = r.body || '{"state": "returned"}'::jsonb, hlc = stamp,
                              field_hlc = r.field_hlc || jsonb_build_object('state', stamp)
        WHERE r.kind = 'contact_lease' AND r.body ->> 'state' = 'held'
          AND r.body ->> 'device_id' = hub.uuid_hex(device)
        RETURNING r.*
    LOOP
      PERFORM hub.log_record(rec);
      n := n + 1;
    END LOOP;
    RETURN n;
  END
  $$;

-- The caller's device returns what it holds.
CREATE FUNCTION hub.return_leases() RETURNS jsonb
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = hub, pg_temp
  AS $$
  DECLARE
    device uuid := hub.caller_device();
  BEGIN
    IF hub.caller_id() IS NULL OR device IS NULL THEN
      RAISE EXCEPTION 'leases need an authenticated device' USING ERRCODE = '42501';
    END IF;
    RETURN jsonb_build_object('returned', hub.release_leases(device));
  END
  $$;

-- Leases for the caller's device, replacing any it held. Each request names the account (for visibility and
-- the bucket), the rule, the scope key (debtor, account or contact point id, 32 hex digits), the first and last
-- local day, the days one period of the rule spans, the rule's cap, how many counted calls are on record for
-- those days (`base`) and how many it would like. It gets at most what the cap leaves after the calls on
-- record and every other device's held leases on days that share a period with these.
CREATE FUNCTION hub.take_leases(requests jsonb) RETURNS jsonb
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = hub, pg_temp
  AS $$
  DECLARE
    device uuid := hub.caller_device();
    req jsonb;
    account uuid;
    rule text;
    scope text;
    first_day date;
    last_day date;
    span integer;
    cap integer;
    base integer;
    wanted integer;
    others integer;
    granted integer;
    lease_id uuid;
    rec hub.record;
    body jsonb;
    stamp text;
    answer jsonb := '[]';
  BEGIN
    IF hub.caller_id() IS NULL OR device IS NULL THEN
      RAISE EXCEPTION 'leases need an authenticated device' USING ERRCODE = '42501';
    END IF;
    IF jsonb_typeof(requests) IS DISTINCT FROM 'array' THEN
      RAISE EXCEPTION 'leases must be an array of requests' USING ERRCODE = '22023';
    END IF;
    PERFORM hub.release_leases(device);
    FOR req IN SELECT value FROM jsonb_array_elements(requests) LOOP
      BEGIN
        account := hub.hex_uuid(req ->> 'account_id');
        rule := req ->> 'rule_id';
        scope := req ->> 'scope_key';
        first_day := (req ->> 'first_day')::date;
        last_day := (req ->> 'last_day')::date;
        span := (req ->> 'window_days')::integer;
        cap := (req ->> 'max')::integer;
        base := (req ->> 'base')::integer;
        wanted := (req ->> 'wanted')::integer;
      EXCEPTION WHEN invalid_text_representation OR datetime_field_overflow OR invalid_datetime_format THEN
        account := NULL;
      END;
      IF account IS NULL OR coalesce(rule, '') = '' OR coalesce(scope, '') !~ '^[0-9a-f]{32}$'
         OR first_day IS NULL OR last_day IS NULL OR last_day < first_day OR last_day - first_day > 13
         OR coalesce(span, 0) < 1 OR coalesce(cap, 0) < 1 OR coalesce(base, -1) < 0 OR coalesce(wanted, 0) < 1 THEN
        RAISE EXCEPTION 'a lease request needs account_id, rule_id, scope_key (32 hex digits), first_day and last_day (at most 14 days), window_days, max, base and wanted'
          USING ERRCODE = '22023';
      END IF;
      IF NOT hub.can_see_account(account) THEN
        RAISE EXCEPTION 'a lease names an account that is not in your accounts' USING ERRCODE = '42501';
      END IF;
      -- One lease per scope at a time: two devices asking together are served one after the other.
      PERFORM pg_advisory_xact_lock(hashtext(rule || ':' || scope));
      SELECT coalesce(sum((r.body ->> 'tokens')::integer), 0) INTO others FROM hub.record r
        WHERE r.kind = 'contact_lease' AND r.body ->> 'state' = 'held'
          AND r.body ->> 'rule_id' = rule AND r.body ->> 'scope_key' = scope
          AND (r.body ->> 'first_day')::date <= last_day + (span - 1)
          AND (r.body ->> 'last_day')::date >= first_day - (span - 1);
      granted := least(wanted, cap - base - others);
      CONTINUE WHEN granted < 1;
      lease_id := gen_random_uuid();
      stamp := hub.hub_hlc();
      body := jsonb_build_object('id', hub.uuid_hex(lease_id), 'device_id', hub.uuid_hex(device),
                                 'account_id', hub.uuid_hex(account), 'rule_id', rule, 'scope_key', scope,
                                 'first_day', first_day::text, 'last_day', last_day::text, 'tokens', granted,
                                 'base', base, 'state', 'held',
                                 'taken_at_ms', (extract(epoch FROM clock_timestamp()) * 1000)::bigint);
      INSERT INTO hub.record (kind, key, account_id, body, field_hlc, hlc, origin_device)
        VALUES ('contact_lease', hub.uuid_hex(lease_id), account, body,
                (SELECT jsonb_object_agg(k, stamp) FROM jsonb_object_keys(body) k), stamp, device)
        RETURNING * INTO rec;
      PERFORM hub.log_record(rec);
      answer := answer || body;
    END LOOP;
    RETURN jsonb_build_object('leases', answer);
  END
  $$;

-- A revoked device's leases go back at once: a lost laptop holds no part of anyone's allowance.
CREATE OR REPLACE FUNCTION hub.revoke(device uuid, login text) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = hub, pg_temp
  AS $$
  DECLARE
    d uuid;
    n integer := 0;
  BEGIN
    FOR d IN
      UPDATE hub.device x SET revoked_at = now()
        WHERE x.revoked_at IS NULL
          AND (x.id = revoke.device OR x.user_id IN (SELECT id FROM hub.app_user u WHERE u.login = revoke.login))
        RETURNING x.id
    LOOP
      PERFORM hub.release_leases(d);
      n := n + 1;
    END LOOP;
    RETURN n;
  END
  $$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA hub FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hub.take_leases(jsonb), hub.return_leases() TO hub_collector, hub_lead, hub_admin;
