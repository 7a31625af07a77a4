#include "journal/PostgresSchema.h"

// The SQL a shared journal's database is made of, kept apart from the client code that
// connects to it (PostgresJournalStore). Changing a table means a new schema version;
// changing a function only a new `db init`.
namespace cd::PostgresSchema {
namespace {

// Schema version 1. Same tables and columns as the SQLite journal, so the reads are one SQL.
const char *const kSchema[] = {
    R"(CREATE TABLE schema_info (
         id INTEGER PRIMARY KEY CHECK (id = 1),
         version INTEGER NOT NULL,
         application TEXT NOT NULL))",
    R"(CREATE TABLE incidents (
         id BIGSERIAL PRIMARY KEY,
         exercise INTEGER NOT NULL CHECK (exercise IN (0, 1))))",
    R"(CREATE TABLE events (
         seq BIGINT PRIMARY KEY,
         incident_id BIGINT NOT NULL REFERENCES incidents(id),
         event_time TEXT NOT NULL,
         entry_time TEXT NOT NULL,
         actor TEXT NOT NULL,
         workstation TEXT NOT NULL,
         kind TEXT NOT NULL,
         payload TEXT NOT NULL,
         prev_hash TEXT NOT NULL,
         hash TEXT NOT NULL))",
    "CREATE INDEX events_by_incident ON events(incident_id, seq)",
    R"(CREATE TABLE chain_head (
         id INTEGER PRIMARY KEY CHECK (id = 1),
         seq BIGINT NOT NULL,
         hash TEXT NOT NULL))",
    // The genesis row: appends lock it (SELECT … FOR UPDATE), so it must exist from the start.
    "INSERT INTO chain_head (id, seq, hash) VALUES (1, 0, repeat('0', 64))",
    R"(CREATE TABLE accounts (
         login TEXT PRIMARY KEY,
         display TEXT NOT NULL,
         role TEXT NOT NULL CHECK (role IN ('duty_operator', 'shift_leader', 'commander', 'liaison', 'observer', 'admin')),
         agency TEXT NOT NULL DEFAULT '',
         disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))))",
    R"(CREATE TABLE kind_roles (
         kind TEXT NOT NULL,
         role TEXT NOT NULL,
         agency_bound BOOLEAN NOT NULL,
         PRIMARY KEY (kind, role)))",
    R"(CREATE FUNCTION cd_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'events are append-only; record a correction instead' USING ERRCODE = '42501';
       END $$)",
    "CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events FOR EACH ROW EXECUTE FUNCTION cd_refuse_change()",
    "CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION cd_refuse_change()",
    "INSERT INTO schema_info (id, version, application) VALUES (1, 1, 'CommandDesk')",
};

// Version 2 (issue 16): the centre's register row (CentreRegisterId), where each kind may be
// recorded (kind_scopes, rebuilt by db init like kind_roles), and the units' position fixes.
const char *const kSchemaV2[] = {
    "INSERT INTO incidents (id, exercise) VALUES (0, 0) ON CONFLICT (id) DO NOTHING",
    R"(CREATE TABLE IF NOT EXISTS kind_scopes (
         kind TEXT PRIMARY KEY,
         scope TEXT NOT NULL CHECK (scope IN ('incident', 'centre', 'any'))))",
    R"(CREATE TABLE IF NOT EXISTS unit_fixes (
         unit TEXT NOT NULL,
         fix_time TEXT NOT NULL,
         lat DOUBLE PRECISION NOT NULL,
         lon DOUBLE PRECISION NOT NULL,
         speed_mps DOUBLE PRECISION,
         heading_deg DOUBLE PRECISION,
         source TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX IF NOT EXISTS unit_fixes_by_unit ON unit_fixes(unit, fix_time)",
    "CREATE INDEX IF NOT EXISTS unit_fixes_by_time ON unit_fixes(fix_time)",
    "UPDATE schema_info SET version = 2 WHERE id = 1",
};

} // namespace

// Group roles, cluster-wide: every operator's login is a member of reader, the ones who may
// record of writer, administrators of admin.
const char *const GroupRoles = R"(DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'commanddesk_reader') THEN CREATE ROLE commanddesk_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'commanddesk_writer') THEN CREATE ROLE commanddesk_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'commanddesk_admin') THEN CREATE ROLE commanddesk_admin NOLOGIN; END IF;
END $$)";

namespace {

// Functions: replaced on every `db init`, so a newer program brings its checks along.
const char *const kFunctions[] = {
    // One length-prefixed field of ChainHash::of: "<bytes>:<text>\n". STABLE like convert_to,
    // so the planner inlines it into cd_append's hash expression; declared IMMUTABLE it was
    // called as a function nine times per append, under the chain head's lock (3.4k → 5–6k
    // appends/s from 20 connections).
    R"(CREATE OR REPLACE FUNCTION cd_field(t TEXT) RETURNS BYTEA LANGUAGE sql STABLE STRICT AS $$
       SELECT convert_to(octet_length(convert_to(t, 'UTF8'))::text || ':', 'UTF8') || convert_to(t, 'UTF8') || '\x0a'::bytea
       $$)",
    R"(CREATE OR REPLACE FUNCTION cd_account() RETURNS accounts LANGUAGE plpgsql STABLE SECURITY DEFINER
       SET search_path = public, pg_temp AS $$
       DECLARE acc accounts%ROWTYPE;
       BEGIN
         SELECT * INTO acc FROM accounts a WHERE a.login = session_user;
         IF NOT FOUND THEN
           RAISE EXCEPTION 'commanddesk: the database login % has no CommandDesk account', session_user USING ERRCODE = '42501';
         END IF;
         IF acc.disabled <> 0 THEN
           RAISE EXCEPTION 'commanddesk: the account % is disabled', acc.login USING ERRCODE = '42501';
         END IF;
         RETURN acc;
       END $$)",
    R"(CREATE OR REPLACE FUNCTION cd_require(acc accounts, p_kind TEXT, p_payload JSONB) RETURNS VOID LANGUAGE plpgsql STABLE
       SET search_path = public, pg_temp AS $$
       DECLARE rule kind_roles%ROWTYPE;
       BEGIN
         SELECT * INTO rule FROM kind_roles k WHERE k.kind = p_kind AND k.role = acc.role;
         IF NOT FOUND THEN
           RAISE EXCEPTION 'commanddesk: the role % may not record %; needed: %', acc.role, p_kind,
             coalesce((SELECT string_agg(k.role, ', ' ORDER BY k.role) FROM kind_roles k WHERE k.kind = p_kind), 'none')
             USING ERRCODE = '42501';
         END IF;
         IF rule.agency_bound AND acc.role = 'liaison' AND (p_payload ->> 'agency') IS DISTINCT FROM acc.agency THEN
           RAISE EXCEPTION 'commanddesk: % is the liaison of %, not of %', acc.login, acc.agency, p_payload ->> 'agency'
             USING ERRCODE = '42501';
         END IF;
       END $$)",
    R"(CREATE OR REPLACE FUNCTION cd_new_incident(p_exercise INTEGER) RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER
       SET search_path = public, pg_temp AS $$
       DECLARE v_id BIGINT;
       BEGIN
         PERFORM cd_require(cd_account(), 'reported', '{}'::jsonb);
         INSERT INTO incidents (exercise) VALUES (p_exercise) RETURNING id INTO v_id;
         RETURN v_id;
       END $$)",
    // Everything that does not need the chain head is done before its lock is taken: with 20
    // desks appending, every microsecond under the lock is paid by all of them. So the account,
    // its rule for the kind and the kind's scope come in one query (not through cd_account()
    // and cd_require(), whose own search_path settings cost a configuration push and pop per
    // call), and the hashed fields that do not depend on the head are assembled first.
    R"(CREATE OR REPLACE FUNCTION cd_append(p_incident BIGINT, p_kind TEXT, p_event_time TEXT, p_workstation TEXT, p_payload TEXT)
       RETURNS TABLE (out_seq BIGINT, out_entry_time TEXT, out_actor TEXT, out_prev_hash TEXT, out_hash TEXT)
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
       DECLARE
         acc accounts%ROWTYPE;
         v_bound BOOLEAN;
         v_scope TEXT;
         head chain_head%ROWTYPE;
         payload JSONB;
         target RECORD;
         v_seq BIGINT; v_entry TEXT; v_actor TEXT; v_hash TEXT; v_tail BYTEA;
       BEGIN
         SELECT a.login, a.display, a.role, a.agency, a.disabled, r.agency_bound, s.scope
           INTO acc.login, acc.display, acc.role, acc.agency, acc.disabled, v_bound, v_scope
           FROM accounts a
           LEFT JOIN kind_roles r ON r.kind = p_kind AND r.role = a.role
           LEFT JOIN kind_scopes s ON s.kind = p_kind
          WHERE a.login = session_user;
         IF NOT FOUND THEN
           RAISE EXCEPTION 'commanddesk: the database login % has no CommandDesk account', session_user USING ERRCODE = '42501';
         END IF;
         IF acc.disabled <> 0 THEN
           RAISE EXCEPTION 'commanddesk: the account % is disabled', acc.login USING ERRCODE = '42501';
         END IF;
         payload := p_payload::jsonb; -- a payload that is not JSON never enters the chain
         IF v_bound IS NULL OR (v_bound AND acc.role = 'liaison') THEN
           PERFORM cd_require(acc, p_kind, payload); -- raises, naming the roles that may
         END IF;
         IF p_kind = 'correction' THEN
           -- Correcting an event is re-deciding it: it needs the role that may record its kind.
           SELECT e.kind, e.payload INTO target FROM events e WHERE e.seq = (payload ->> 'corrects')::bigint;
           IF FOUND THEN
             PERFORM cd_require(acc, target.kind, target.payload::jsonb);
           END IF;
           IF payload ? 'replacement' THEN
             PERFORM cd_require(acc, payload -> 'replacement' ->> 'kind', payload -> 'replacement' -> 'payload');
           END IF;
         END IF;
         IF (v_scope = 'centre' AND p_incident <> 0) OR (v_scope = 'incident' AND p_incident = 0) THEN
           RAISE EXCEPTION 'commanddesk: % may not be recorded under incident % (0 is the centre''s register)', p_kind, p_incident
             USING ERRCODE = '42501';
         END IF;
         IF p_event_time !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z$' THEN
           RAISE EXCEPTION 'commanddesk: event time % is not in the journal''s format', p_event_time USING ERRCODE = '22007';
         END IF;
         v_actor := CASE WHEN acc.display = '' OR acc.display = acc.login THEN acc.login
                         ELSE acc.display || ' (' || acc.login || ')' END;
         v_tail := cd_field(v_actor) || cd_field(p_workstation) || cd_field(p_kind) || cd_field(p_payload);
         SELECT * INTO head FROM chain_head h WHERE h.id = 1 FOR UPDATE;
         IF p_kind = 'report_issued' THEN
           -- (p_payload, not the variable payload: events has a column of that name.)
           -- Under the head's lock: of two desks issuing at once, the second finds the serial
           -- taken (its client takes the next one). Live and drill sequences are apart.
           IF EXISTS (SELECT 1 FROM events e JOIN incidents i ON i.id = e.incident_id
                       WHERE e.kind = 'report_issued'
                         AND (e.payload::jsonb ->> 'year') = (p_payload::jsonb ->> 'year')
                         AND (e.payload::jsonb ->> 'serial') = (p_payload::jsonb ->> 'serial')
                         AND i.exercise = (SELECT x.exercise FROM incidents x WHERE x.id = p_incident)) THEN
             RAISE EXCEPTION 'commanddesk: report_issued: serial % of % is already used by another issued report: a 发文字号 is never reused',
               p_payload::jsonb ->> 'serial', p_payload::jsonb ->> 'year' USING ERRCODE = '23505';
           END IF;
           -- Issuing needs the sign-off of the same draft (签发), in the same incident.
           IF NOT EXISTS (SELECT 1 FROM events e
                           WHERE e.seq = (p_payload::jsonb ->> 'signed_off')::bigint AND e.incident_id = p_incident
                             AND e.kind = 'report_signed_off'
                             AND (e.payload::jsonb ->> 'draft_sha256') = (p_payload::jsonb ->> 'draft_sha256')) THEN
             RAISE EXCEPTION 'commanddesk: report_issued needs the sign-off (report_signed_off) of the same draft' USING ERRCODE = '42501';
           END IF;
         END IF;
         v_seq := head.seq + 1;
         v_entry := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
         v_hash := encode(sha256(cd_field(v_seq::text) || cd_field(p_incident::text) || cd_field(p_event_time) ||
                                 cd_field(v_entry) || v_tail || cd_field(head.hash)), 'hex');
         INSERT INTO events (seq, incident_id, event_time, entry_time, actor, workstation, kind, payload, prev_hash, hash)
           VALUES (v_seq, p_incident, p_event_time, v_entry, v_actor, p_workstation, p_kind, p_payload, head.hash, v_hash);
         UPDATE chain_head SET seq = v_seq, hash = v_hash WHERE id = 1;
         PERFORM pg_notify('commanddesk_events', v_seq::text || ' ' || p_incident::text);
         out_seq := v_seq; out_entry_time := v_entry; out_actor := v_actor; out_prev_hash := head.hash; out_hash := v_hash;
         RETURN NEXT; -- (not RETURN QUERY: no query to run for a row already at hand)
       END $$)",
    // Makes every commit of this session durable (see PostgresJournalStore::flush): a
    // transaction with an xid, committed with synchronous_commit on (set_config's third
    // argument keeps the setting to the end of the transaction, past the function's return).
    // One prepared statement instead of BEGIN; SET LOCAL; SELECT txid_current(); COMMIT.
    R"(CREATE OR REPLACE FUNCTION cd_flush() RETURNS BIGINT LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM set_config('synchronous_commit', 'on', true);
         RETURN txid_current();
       END $$)",
    // Finds an issued report's serial without reading every stored PDF (cd_append's check).
    "CREATE INDEX IF NOT EXISTS events_issued_serial ON events (((payload::jsonb) ->> 'year'), ((payload::jsonb) ->> 'serial')) "
    "WHERE kind = 'report_issued'",
    R"(CREATE OR REPLACE FUNCTION cd_require_admin() RETURNS VOID LANGUAGE plpgsql STABLE SECURITY DEFINER
       SET search_path = public, pg_temp AS $$
       BEGIN
         IF (cd_account()).role <> 'admin' THEN
           RAISE EXCEPTION 'commanddesk: managing accounts needs the role admin' USING ERRCODE = '42501';
         END IF;
       END $$)",
    R"(CREATE OR REPLACE FUNCTION cd_grant_groups(p_login TEXT, p_role TEXT, p_disabled INTEGER) RETURNS VOID LANGUAGE plpgsql
       SET search_path = public, pg_temp AS $$
       BEGIN
         EXECUTE format('GRANT commanddesk_reader TO %I', p_login);
         IF p_role IN ('duty_operator', 'shift_leader', 'commander', 'liaison') AND p_disabled = 0 THEN
           EXECUTE format('GRANT commanddesk_writer TO %I', p_login);
         ELSE
           EXECUTE format('REVOKE commanddesk_writer FROM %I', p_login);
         END IF;
         IF p_role = 'admin' AND p_disabled = 0 THEN
           EXECUTE format('GRANT commanddesk_admin TO %I', p_login);
         ELSE
           EXECUTE format('REVOKE commanddesk_admin FROM %I', p_login);
         END IF;
         EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_disabled = 0 THEN 'LOGIN' ELSE 'NOLOGIN' END);
       END $$)",
    R"(CREATE OR REPLACE FUNCTION cd_user_add(p_login TEXT, p_display TEXT, p_role TEXT, p_agency TEXT, p_password TEXT)
       RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
       BEGIN
         PERFORM cd_require_admin();
         IF p_login !~ '^[a-z][a-z0-9_]{0,62}$' THEN
           RAISE EXCEPTION 'commanddesk: % is not a valid login (lower-case letters, digits, _)', p_login USING ERRCODE = '22023';
         END IF;
         IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
           IF p_password IS NULL OR p_password = '' THEN
             EXECUTE format('CREATE ROLE %I LOGIN', p_login);
           ELSE
             EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_password);
           END IF;
         ELSIF p_password IS NOT NULL AND p_password <> '' THEN
           EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_password);
         END IF;
         INSERT INTO accounts (login, display, role, agency, disabled) VALUES (p_login, p_display, p_role, coalesce(p_agency, ''), 0);
         PERFORM cd_grant_groups(p_login, p_role, 0);
       END $$)",
    R"(CREATE OR REPLACE FUNCTION cd_user_update(p_login TEXT, p_display TEXT, p_role TEXT, p_agency TEXT, p_disabled INTEGER)
       RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
       BEGIN
         PERFORM cd_require_admin();
         UPDATE accounts SET display = p_display, role = p_role, agency = coalesce(p_agency, ''), disabled = p_disabled
           WHERE login = p_login;
         IF NOT FOUND THEN
           RAISE EXCEPTION 'commanddesk: no account %', p_login USING ERRCODE = '22023';
         END IF;
         PERFORM cd_grant_groups(p_login, p_role, p_disabled);
       END $$)",
};

const char *const kGrants[] = {
    "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
    "REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC",
    "REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC",
    "GRANT commanddesk_reader TO commanddesk_writer, commanddesk_admin",
    "GRANT USAGE ON SCHEMA public TO commanddesk_reader",
    "GRANT SELECT ON schema_info, incidents, events, chain_head, accounts, kind_roles, kind_scopes, unit_fixes TO commanddesk_reader",
    // Position fixes are not events: a writer's console stores and prunes them directly.
    "GRANT INSERT, DELETE ON unit_fixes TO commanddesk_writer",
    "GRANT EXECUTE ON FUNCTION cd_account(), cd_flush() TO commanddesk_reader",
    "GRANT EXECUTE ON FUNCTION cd_new_incident(INTEGER), cd_append(BIGINT, TEXT, TEXT, TEXT, TEXT) TO commanddesk_writer",
    "GRANT EXECUTE ON FUNCTION cd_require_admin(), cd_user_add(TEXT, TEXT, TEXT, TEXT, TEXT), "
    "cd_user_update(TEXT, TEXT, TEXT, TEXT, INTEGER) TO commanddesk_admin",
};

} // namespace

const std::span<const char *const> Schema(kSchema);
const std::span<const char *const> SchemaV2(kSchemaV2);
const std::span<const char *const> Functions(kFunctions);
const std::span<const char *const> Grants(kGrants);

} // namespace cd::PostgresSchema
