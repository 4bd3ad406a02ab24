//! UUID-shaped ids for the records and tokens the admin actions create (integrated accounts,
//! link tokens, MCP servers and their tokens): Truto's ids are UUIDs, and the data plane
//! requires `integrated_account_id` to be one (`common::is_uuid`).
//!
//! They are deterministic, `NNNNNNNN-0000-4000-8000-SSSSSSSSSSSS` with `N` the kind of id and
//! `S` the store's sequence number, so a test can work the first ones out by hand:
//! the first account a link token connects on an empty server is
//! `00000001-0000-4000-8000-000000000001`.

use crate::store::Store;

/// The kind of id, its first group.
#[derive(Clone, Copy)]
pub(crate) enum IdKind {
    IntegratedAccount = 1,
    LinkToken = 2,
    McpServer = 3,
    McpToken = 4,
}

/// A UUID-shaped id of `kind` not yet used in `store`.
pub(crate) fn fresh_uuid(store: &mut Store, kind: IdKind) -> String {
    loop {
        let id = format!(
            "{:08x}-0000-4000-8000-{:012x}",
            kind as u32,
            store.next_sequence() & 0xffff_ffff_ffff
        );
        if store.position_of(&id).is_none() {
            return id;
        }
    }
}
