//! Truto's unified MDM API (`/unified/mdm/...`), typed: the models, their write bodies and
//! list queries, and the endpoints, declared with `#[truto_endpoint]` and implemented for
//! [`Client`](crate::Client).
//!
//! Truto maps mobile device management tools (Jamf, Kandji / Iru, NinjaOne, Intune, ...) onto
//! one shape of devices, users and apps (its launch post). One file per resource:
//!
//! | file | resource | trait |
//! |---|---|---|
//! | `devices.rs` | [`MdmDevice`] | [`MdmDevicesApi`] |
//! | `apps.rs` | [`MdmApp`] | [`MdmAppsApi`] |
//! | `users.rs` | [`MdmUser`] | [`MdmUsersApi`] |
//!
//! Every name carries `Mdm` because [`truto::prelude`](crate::prelude) imports every API's
//! traits. Only the methods a reference page documents are declared; the stored copies show
//! few response fields, so the models keep the members they do not type as JSON.
//!
//! ```no_run
//! use truto::mdm::prelude::*;
//! use truto::mdm::ListMdmDevicesQuery;
//! use truto::Client;
//!
//! # async fn demo(client: Client) -> truto::Result<()> {
//! let fleet = client.for_account("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
//! let phones = fleet
//!     .list_mdm_devices(&ListMdmDevicesQuery::default().kind("mobile"))
//!     .collect_all()
//!     .await?;
//! # let _ = phones; Ok(()) }
//! ```

mod apps;
mod devices;
mod users;

pub use apps::{CreateMdmApp, MdmApp, MdmAppTarget, MdmAppsApi};
pub use devices::{ListMdmDevicesQuery, MdmDevice, MdmDevicesApi};
pub use users::{CreateMdmUser, ListMdmUsersQuery, MdmUser, MdmUserEmail, MdmUsersApi};

/// Every endpoint trait of the MDM API, to glob-import: `use truto::mdm::prelude::*;`.
pub mod prelude {
    pub use super::{MdmAppsApi, MdmDevicesApi, MdmUsersApi};
}
