//! [`DirectoryStatus`]: the `active` / `inactive` status that workspaces and licenses of the
//! unified user-directory API share (`workspaces.md`, `licenses.md`: "Allowed: `active`,
//! `inactive`").

use crate::open_enum::open_enum;

open_enum! {
    /// The status of a workspace or a license (`status`); other values are kept.
    pub enum DirectoryStatus {
        /// `active`
        Active = "active",
        /// `inactive`
        Inactive = "inactive",
    }
}
