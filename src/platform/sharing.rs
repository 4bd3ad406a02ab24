//! [`Sharing`]: the sharing policy of an integration or a unified model (`sharing`), shared by
//! the `integration` and `unified-model` resources.
//!
//! Sources: Truto's API reference, "Create Integration" / "List Integrations"
//! (`truto.one/docs/api-reference/admin/integrations/...`) and the "Unified Models" object
//! page, which list `allow`, `ask`, `deny`; the TypeScript SDK's `SharingOptions` type
//! (`src/common/SharingOptions.ts`) has the same three words.

use crate::open_enum::open_enum;

open_enum! {
    /// Whether other teams may use an integration or unified model (`sharing`).
    pub enum Sharing {
        /// `allow`: shared with every team.
        Allow = "allow",
        /// `ask`: other teams have to ask for it.
        Ask = "ask",
        /// `deny`: not shared.
        Deny = "deny",
    }
}
