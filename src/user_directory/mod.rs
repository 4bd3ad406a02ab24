//! Truto's unified user-directory API (`/unified/user-directory/...`), typed: the models,
//! their write bodies and list queries, and the endpoints, declared with `#[truto_endpoint]`
//! and implemented for [`Client`](crate::Client).
//!
//! Truto maps the identity providers, directories and SaaS admin consoles it integrates
//! (100+ of them) onto one shape: who has an account, in which groups, with which roles and
//! licenses, and what they did. One file per resource, named after its path segment:
//!
//! | file | resource | trait |
//! |---|---|---|
//! | `users.rs` | [`DirectoryUser`] | [`DirectoryUsersApi`] |
//! | `groups.rs` | [`DirectoryGroup`], with the custom methods `add` / `remove` | [`DirectoryGroupsApi`] |
//! | `roles.rs` | [`DirectoryRole`] | [`DirectoryRolesApi`] |
//! | `licenses.rs` | [`DirectoryLicense`] | [`DirectoryLicensesApi`] |
//! | `organizations.rs` | [`DirectoryOrganization`] | [`DirectoryOrganizationsApi`] |
//! | `workspaces.rs` | [`DirectoryWorkspace`] | [`DirectoryWorkspacesApi`] |
//! | `activities.rs` | [`DirectoryActivity`] | [`DirectoryActivitiesApi`] |
//!
//! Shared: `status.rs` ([`DirectoryStatus`], the `active` / `inactive` of workspaces and
//! licenses).
//!
//! Names carry `Directory` (`DirectoryUser`, `DirectoryUsersApi::list_directory_users`)
//! where another unified API has the same noun, because `truto::prelude` glob-imports every
//! API's traits. `docs/coverage.md` lists each method with its source page.
//!
//! `use truto::user_directory::prelude::*;` brings every trait of this module into scope
//! (the crate's [`prelude`](crate::prelude) has them too):
//!
//! ```no_run
//! use truto::user_directory::prelude::*;
//! use truto::user_directory::{DirectoryUserStatus, ListDirectoryUsersQuery};
//! use truto::Client;
//!
//! # async fn demo(client: Client) -> truto::Result<()> {
//! let acme = client.for_account("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
//! let invited = acme
//!     .list_directory_users(
//!         &ListDirectoryUsersQuery::default().status(DirectoryUserStatus::Invited),
//!     )
//!     .collect_all()
//!     .await?;
//! # let _ = invited; Ok(()) }
//! ```

mod activities;
mod groups;
mod licenses;
mod organizations;
mod roles;
mod status;
mod users;
mod workspaces;

pub use activities::{
    ActivityAction, ActivityActor, ActivityContext, ActorType, DirectoryActivitiesApi,
    DirectoryActivity, ListDirectoryActivitiesQuery,
};
pub use licenses::{
    DirectoryLicense, DirectoryLicensesApi, LicenseProduct, LicenseProductStatus,
    ListDirectoryLicensesQuery,
};
pub use organizations::{
    DirectoryOrganization, DirectoryOrganizationsApi, ListDirectoryOrganizationsQuery,
};
pub use roles::{
    CreateDirectoryRole, DirectoryRole, DirectoryRolesApi, ListDirectoryRolesQuery,
    RoleApplicableIn, UpdateDirectoryRole,
};
pub use status::DirectoryStatus;
pub use workspaces::{DirectoryWorkspace, DirectoryWorkspacesApi, ListDirectoryWorkspacesQuery};

pub use groups::{
    CreateDirectoryGroup, DirectoryGroup, DirectoryGroupMembership, DirectoryGroupType,
    DirectoryGroupsApi, ListDirectoryGroupsQuery,
};

pub use users::{
    CreateDirectoryUser, DirectoryEmail, DirectoryUser, DirectoryUserGroup, DirectoryUserLicense,
    DirectoryUserRole, DirectoryUserStatus, DirectoryUserType, DirectoryUsersApi,
    ListDirectoryUsersQuery, UpdateDirectoryUser,
};

/// Every endpoint trait of the user-directory API, to glob-import:
/// `use truto::user_directory::prelude::*;`.
pub mod prelude {
    pub use super::{
        DirectoryActivitiesApi, DirectoryGroupsApi, DirectoryLicensesApi,
        DirectoryOrganizationsApi, DirectoryRolesApi, DirectoryUsersApi, DirectoryWorkspacesApi,
    };
}
