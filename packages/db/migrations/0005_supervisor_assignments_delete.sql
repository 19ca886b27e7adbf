-- Supervisor assignments (条检, R13) are duty rosters, not records that scores rest on: an admin may remove one.
GRANT DELETE ON supervisor_assignments TO steward_app;
