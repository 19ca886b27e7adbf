-- A submitted inspection is immutable (R12 evidence chain): the service refuses first, and these triggers
-- refuse any change that slips past it. A correction is a new inspection pointing to the original.
CREATE FUNCTION steward_inspection_status(inspection uuid) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT status FROM inspections WHERE id = inspection
$$;
--> statement-breakpoint
CREATE FUNCTION steward_refuse_submitted_inspection() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'submitted' THEN
    RAISE EXCEPTION 'inspection % is submitted and cannot change; record a correction instead', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER inspections_immutable_when_submitted BEFORE UPDATE OR DELETE ON inspections
  FOR EACH ROW EXECUTE FUNCTION steward_refuse_submitted_inspection();
--> statement-breakpoint
CREATE FUNCTION steward_refuse_submitted_result() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_OP <> 'INSERT' AND steward_inspection_status(OLD.inspection_id) = 'submitted')
     OR (TG_OP <> 'DELETE' AND steward_inspection_status(NEW.inspection_id) = 'submitted') THEN
    RAISE EXCEPTION 'results of a submitted inspection cannot change' USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER inspection_results_immutable_when_submitted BEFORE INSERT OR UPDATE OR DELETE ON inspection_results
  FOR EACH ROW EXECUTE FUNCTION steward_refuse_submitted_result();
--> statement-breakpoint
-- Evidence of a submitted inspection stays as it was; a rectification answer may still add its own files
-- (rectification_id set) that point at the finding's inspection.
CREATE FUNCTION steward_refuse_submitted_evidence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_OP <> 'INSERT' AND OLD.inspection_id IS NOT NULL
        AND steward_inspection_status(OLD.inspection_id) = 'submitted')
     OR (TG_OP = 'INSERT' AND NEW.rectification_id IS NULL AND NEW.inspection_id IS NOT NULL
        AND steward_inspection_status(NEW.inspection_id) = 'submitted') THEN
    RAISE EXCEPTION 'evidence of a submitted inspection cannot change' USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER evidence_immutable_when_submitted BEFORE INSERT OR UPDATE OR DELETE ON evidence
  FOR EACH ROW EXECUTE FUNCTION steward_refuse_submitted_evidence();
--> statement-breakpoint
-- Parties sign once; nobody is added to or changed on a submitted inspection.
CREATE FUNCTION steward_refuse_participant_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF steward_inspection_status(NEW.inspection_id) = 'submitted' THEN
      RAISE EXCEPTION 'participants of a submitted inspection cannot change' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' OR OLD.signed_at IS NOT NULL
     OR NEW.user_id <> OLD.user_id OR NEW.party <> OLD.party OR NEW.inspection_id <> OLD.inspection_id THEN
    RAISE EXCEPTION 'a participant''s signature cannot change' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER inspection_participants_sign_once BEFORE INSERT OR UPDATE OR DELETE ON inspection_participants
  FOR EACH ROW EXECUTE FUNCTION steward_refuse_participant_change();
