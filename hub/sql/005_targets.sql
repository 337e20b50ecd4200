-- Collection targets (workstation migration 12): what a lead expects each collector to collect in a month, per
-- currency. A target names a collector, not an account or a debtor, so the account rules of apply_op do not
-- fit it: it is set by the lead of the collector's team (or an administrator), logged into that team's bucket
-- (the dashboard of every workstation of the team reads it) and merged by its newest stamp, so two leads'
-- edits converge on the later one and the earlier value is kept in hub.record_history.

-- One bucket's change log gains the record's current state. log_record (every bucket a record belongs to)
-- now goes through it, and a target, which belongs to a team rather than an account, calls it directly.
CREATE FUNCTION hub.log_record_in(rec hub.record, b uuid) RETURNS void
  LANGUAGE plpgsql SET search_path = hub, pg_temp
  AS $$
  DECLARE
    s bigint;
  BEGIN
    INSERT INTO hub.bucket (id) VALUES (b) ON CONFLICT DO NOTHING;
    UPDATE hub.bucket SET last_seq = last_seq + 1 WHERE id = b RETURNING last_seq INTO s;
    INSERT INTO hub.change_log (bucket, seq, kind, key, account_id, debtor_id, body, hlc, origin_device)
      VALUES (b, s, rec.kind, rec.key, rec.account_id, rec.debtor_id,
              rec.body || jsonb_build_object('hlc', split_part(rec.hlc, '@', 1)), rec.hlc, rec.origin_device);
  END
  $$;

CREATE OR REPLACE FUNCTION hub.log_record(rec hub.record, only_bucket uuid DEFAULT NULL) RETURNS void
  LANGUAGE plpgsql SET search_path = hub, pg_temp
  AS $$
  DECLARE
    b uuid;
  BEGIN
    FOR b IN SELECT x FROM hub.buckets_of(rec.account_id, rec.debtor_id) x
             WHERE only_bucket IS NULL OR x = only_bucket LOOP
      PERFORM hub.log_record_in(rec, b);
    END LOOP;
  END
  $$;

-- What a target's body must hold, as the workstation's table checks it: a refusal here keeps a malformed
-- target from failing every team member's next pull.
CREATE FUNCTION hub.target_problem(key text, body jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE SET search_path = hub, pg_temp
  AS $$
    SELECT CASE
      WHEN hub.hex_uuid(body ->> 'collector_id') IS NULL THEN 'target names no collector'
      WHEN coalesce(body ->> 'month', '') !~ '^[0-9]{4}-(0[1-9]|1[0-2])$' THEN 'target month must be YYYY-MM'
      WHEN coalesce(body ->> 'currency', '') !~ '^[A-Z]{3}$' THEN 'target currency must be a three-letter code'
      WHEN jsonb_typeof(body -> 'amount_minor') IS DISTINCT FROM 'number'
           OR (body ->> 'amount_minor') !~ '^[0-9]{1,18}$' THEN 'target amount must be a whole, non-negative number of minor units'
      WHEN jsonb_typeof(body -> 'set_by') IS DISTINCT FROM 'string'
           OR jsonb_typeof(body -> 'set_at_ms') IS DISTINCT FROM 'number' THEN 'target needs set_by and set_at_ms'
      WHEN key IS DISTINCT FROM (body ->> 'collector_id') || ':' || (body ->> 'month') || ':' || (body ->> 'currency')
        THEN 'target key must be collector:month:currency'
    END
  $$;

CREATE FUNCTION hub.apply_target_op(op jsonb, caller hub.app_user, device uuid) RETURNS jsonb
  LANGUAGE plpgsql SET search_path = hub, pg_temp
  AS $$
  #variable_conflict use_variable
  DECLARE
    key text := op ->> 'key';
    body jsonb := op -> 'body';
    stamp text := (op ->> 'hlc') || '@' || device::text;
    problem text;
    team uuid;
    cur hub.record;
    rec hub.record;
    new_body jsonb;
  BEGIN
    IF jsonb_typeof(body) IS DISTINCT FROM 'object' OR (op ->> 'hlc') !~ '^[0-9]{13}\.[0-9]{5}$' THEN
      RETURN jsonb_build_object('status', 'rejected', 'reason', 'operation needs kind, key, hlc and a body object');
    END IF;
    IF left(op ->> 'hlc', 13)::bigint > (extract(epoch FROM clock_timestamp()) * 1000)::bigint + 3600000 THEN
      RETURN jsonb_build_object('status', 'rejected',
                                'reason', 'this workstation''s clock is more than an hour ahead of the hub');
    END IF;
    problem := hub.target_problem(key, body);
    IF problem IS NOT NULL THEN
      RETURN jsonb_build_object('status', 'rejected', 'reason', problem);
    END IF;
    SELECT u.team_id INTO team FROM hub.app_user u
      WHERE u.id = hub.hex_uuid(body ->> 'collector_id') AND u.role = 'collector';
    IF team IS NULL THEN
      RETURN jsonb_build_object('status', 'rejected', 'reason', 'target names no collector known to the hub');
    END IF;
    IF caller.role = 'collector' OR (caller.role = 'lead' AND caller.team_id IS DISTINCT FROM team) THEN
      RETURN jsonb_build_object('status', 'rejected', 'reason', 'targets are set by the collector''s team lead');
    END IF;

    new_body := jsonb_build_object('collector_id', body -> 'collector_id', 'month', body -> 'month',
                                   'currency', body -> 'currency', 'amount_minor', body -> 'amount_minor',
                                   'set_by', body -> 'set_by', 'set_at_ms', body -> 'set_at_ms');
    SELECT * INTO cur FROM hub.record r WHERE r.kind = 'collection_target' AND r.key = key FOR UPDATE;
    IF FOUND THEN
      IF stamp COLLATE "C" <= cur.hlc COLLATE "C" THEN
        -- An older edit than the one the hub holds: it loses, and is kept for the record.
        IF (cur.body -> 'amount_minor') IS DISTINCT FROM (new_body -> 'amount_minor') THEN
          INSERT INTO hub.record_history (kind, key, field, lost_value, lost_hlc, won_hlc)
            VALUES ('collection_target', key, 'amount_minor', new_body -> 'amount_minor', stamp, cur.hlc);
        END IF;
        RETURN jsonb_build_object('status', 'applied');
      END IF;
      IF (cur.body -> 'amount_minor') IS DISTINCT FROM (new_body -> 'amount_minor') THEN
        INSERT INTO hub.record_history (kind, key, field, lost_value, lost_hlc, won_hlc)
          VALUES ('collection_target', key, 'amount_minor', cur.body -> 'amount_minor', cur.hlc, stamp);
      END IF;
      UPDATE hub.record r SET body = new_body, hlc = stamp,
                              field_hlc = (SELECT jsonb_object_agg(k, stamp) FROM jsonb_object_keys(new_body) k)
        WHERE r.kind = 'collection_target' AND r.key = key RETURNING * INTO rec;
    ELSE
      INSERT INTO hub.record (kind, key, body, field_hlc, hlc, origin_device)
        VALUES ('collection_target', key, new_body,
                (SELECT jsonb_object_agg(k, stamp) FROM jsonb_object_keys(new_body) k), stamp, device)
        RETURNING * INTO rec;
    END IF;
    PERFORM hub.log_record_in(rec, team);
    RETURN jsonb_build_object('status', 'applied');
  END
  $$;

-- push calls apply_op by name: the account-scoped merge keeps its body under a new name, and apply_op sends a
-- target to its own merge.
ALTER FUNCTION hub.apply_op(jsonb, hub.app_user, uuid) RENAME TO apply_record_op;

CREATE FUNCTION hub.apply_op(op jsonb, caller hub.app_user, device uuid) RETURNS jsonb
  LANGUAGE sql SET search_path = hub, pg_temp
  AS $$
    SELECT CASE WHEN op ->> 'kind' = 'collection_target' AND op ->> 'key' IS NOT NULL
                THEN hub.apply_target_op(op, caller, device)
                ELSE hub.apply_record_op(op, caller, device) END
  $$;

REVOKE EXECUTE ON FUNCTION hub.log_record_in(hub.record, uuid), hub.target_problem(text, jsonb),
  hub.apply_target_op(jsonb, hub.app_user, uuid), hub.apply_op(jsonb, hub.app_user, uuid) FROM PUBLIC;
