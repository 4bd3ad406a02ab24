//! Everything nearly every call needs, to glob-import: `use truto::prelude::*;`.
//!
//! It brings every endpoint trait into scope (their methods are callable only then): the 17
//! ticketing resource traits ([`ticketing::prelude`](crate::ticketing::prelude)), the admin
//! API's ([`platform::prelude`](crate::platform::prelude)),
//! [`UnifiedApi`], [`ProxyApi`], [`CustomApi`], [`MetaApi`] and [`CapabilitiesApi`]; and the
//! types of almost every call: [`Client`], [`Result`], [`Error`], [`QueryParams`] (also as
//! [`UnifiedQuery`] and [`ListParams`]), [`Paginator`], [`CallOptions`], [`ResponseFormat`].
//! Models, bodies and list queries stay in their modules (`truto::ticketing::...`).
//!
//! ```no_run
//! use truto::prelude::*;
//! use truto::ticketing::ListTicketsQuery;
//!
//! # async fn demo() -> Result<()> {
//! let client = Client::from_env()?;
//! let account = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
//! let ticket = client.get_ticket("4711", &QueryParams::new(account)).await?;
//! let first_page = client
//!     .for_account(account)
//!     .list_tickets(&ListTicketsQuery::default().limit(50))
//!     .first_page()
//!     .await?;
//! let contact: serde_json::Value =
//!     client.get_unified("crm", "contacts", "c_42", &QueryParams::new(account)).await?;
//! # let _ = (ticket, first_page, contact); Ok(()) }
//! ```

#[cfg(feature = "accounting")]
pub use crate::accounting::prelude::*;
#[cfg(feature = "ats")]
pub use crate::ats::prelude::*;
#[cfg(feature = "calendar")]
pub use crate::calendar::prelude::*;
#[cfg(feature = "conversational-intelligence")]
pub use crate::conversational_intelligence::prelude::*;
#[cfg(feature = "crm")]
pub use crate::crm::prelude::*;
#[cfg(feature = "e-signature")]
pub use crate::e_signature::prelude::*;
#[cfg(feature = "ecommerce")]
pub use crate::ecommerce::prelude::*;
#[cfg(feature = "emails")]
pub use crate::emails::prelude::*;
#[cfg(feature = "file-storage")]
pub use crate::file_storage::prelude::*;
#[cfg(feature = "hris")]
pub use crate::hris::prelude::*;
#[cfg(feature = "instant-messaging")]
pub use crate::instant_messaging::prelude::*;
#[cfg(feature = "knowledge-base")]
pub use crate::knowledge_base::prelude::*;
#[cfg(feature = "lms")]
pub use crate::lms::prelude::*;
#[cfg(feature = "marketing-automation")]
pub use crate::marketing_automation::prelude::*;
#[cfg(feature = "mdm")]
pub use crate::mdm::prelude::*;
pub use crate::platform::prelude::*;
#[cfg(feature = "ticketing")]
pub use crate::ticketing::prelude::*;
#[cfg(feature = "user-directory")]
pub use crate::user_directory::prelude::*;
pub use crate::{
    CallOptions, CapabilitiesApi, Client, CustomApi, Error, ListParams, MetaApi, Paginator,
    ProxyApi, QueryParams, ResponseFormat, Result, UnifiedApi, UnifiedQuery,
};
