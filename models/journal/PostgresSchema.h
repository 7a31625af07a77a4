#pragma once

#include <span>

// The shared journal's database, as SQL run by `db init` (PostgresJournalStore::initialise).
namespace cd::PostgresSchema {

extern const std::span<const char *const> Schema;    // version 1: tables, chain head, triggers
extern const std::span<const char *const> SchemaV2;  // version 2: the centre's register, kind scopes, unit fixes
extern const char *const GroupRoles;                 // reader, writer, admin (cluster-wide, idempotent)
extern const std::span<const char *const> Functions; // cd_append() and the others: replaced on every db init
extern const std::span<const char *const> Grants;

} // namespace cd::PostgresSchema
