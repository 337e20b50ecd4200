-- Field receipts (workstation migration 13). A receipt handed over at the door is numbered by the workstation
-- offline, so its number must be unique without asking anyone: each device gets a serial from the hub, and a
-- receipt number is the serial, the device's own sequence and a check digit. The hub checks anyway: a payment
-- taken in the field whose receipt number is already on record, on any account, is refused.
ALTER TABLE hub.device ADD COLUMN serial bigint GENERATED ALWAYS AS IDENTITY;
ALTER TABLE hub.device ADD CONSTRAINT device_serial_unique UNIQUE (serial);

CREATE UNIQUE INDEX record_field_receipt ON hub.record ((body ->> 'external_reference'))
  WHERE kind = 'ledger_entry' AND body ->> 'source' = 'field';

-- The caller's device serial (the receipts' prefix).
CREATE FUNCTION hub.my_device_serial() RETURNS bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = hub, pg_temp
  AS $$ SELECT d.serial FROM hub.device d WHERE d.id = hub.caller_device() $$;

CREATE OR REPLACE FUNCTION hub.apply_op(op jsonb, caller hub.app_user, device uuid) RETURNS jsonb
  LANGUAGE plpgsql SET search_path = hub, pg_temp
  AS $$
  BEGIN
    IF op ->> 'kind' = 'collection_target' AND op ->> 'key' IS NOT NULL THEN
      RETURN hub.apply_target_op(op, caller, device);
    END IF;
    IF op ->> 'kind' = 'ledger_entry' AND op -> 'body' ->> 'source' = 'field'
       AND op -> 'body' ->> 'external_reference' IS NOT NULL
       AND EXISTS (SELECT 1 FROM hub.record r WHERE r.kind = 'ledger_entry' AND r.body ->> 'source' = 'field'
                   AND r.body ->> 'external_reference' = op -> 'body' ->> 'external_reference'
                   AND r.key <> op ->> 'key') THEN
      RETURN jsonb_build_object('status', 'rejected', 'reason', 'this receipt number is already on the hub');
    END IF;
    RETURN hub.apply_record_op(op, caller, device);
  END
  $$;

REVOKE EXECUTE ON FUNCTION hub.my_device_serial(), hub.apply_op(jsonb, hub.app_user, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hub.my_device_serial() TO hub_collector, hub_lead, hub_admin;
