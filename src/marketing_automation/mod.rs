//! Truto's unified marketing automation API (`/unified/marketing-automation/...`), typed: the
//! models, their write bodies and list queries, and the endpoints, declared with
//! `#[truto_endpoint]` and implemented for [`Client`](crate::Client).
//!
//! Truto maps email-marketing tools (ActiveCampaign, Beehiiv, Brevo, Constant Contact,
//! ConvertKit, Customer.io, Flodesk, GetResponse, Highlevel, Klaviyo, Mailchimp, MailerLite,
//! ...) onto one shape. The pages found name four resources (`docs/unified-apis.md`); one
//! file per resource, named after its path segment:
//!
//! | file | resource | trait |
//! |---|---|---|
//! | `contacts.rs` | [`MarketingContact`] | [`MarketingContactsApi`] |
//! | `lists.rs` | [`MarketingList`] | [`MarketingListsApi`] |
//! | `tags.rs` | [`MarketingTag`] | [`MarketingTagsApi`] |
//! | `users.rs` | [`MarketingUser`] | [`MarketingUsersApi`] |
//!
//! Every name carries `Marketing` (`MarketingContact`, `list_marketing_contacts`) because
//! [`truto::prelude`](crate::prelude) imports every API's traits and other unified APIs have
//! contacts, lists, tags and users too. Only the methods a reference page documents are
//! declared.
//!
//! `use truto::marketing_automation::prelude::*;` brings every trait into scope:
//!
//! ```no_run
//! use truto::marketing_automation::prelude::*;
//! use truto::marketing_automation::{CreateMarketingContact, MarketingContactTarget};
//! use truto::Client;
//!
//! # async fn demo(client: Client) -> truto::Result<()> {
//! let target = MarketingContactTarget::new("62f44730-dd91-461e-bd6a-aedd9e0ad79d").list_id("a1b2");
//! let contact = client
//!     .create_marketing_contact(&target, &CreateMarketingContact::new("ana@example.com"))
//!     .await?;
//! # let _ = contact; Ok(()) }
//! ```

mod contacts;
mod lists;
mod tags;
mod users;

pub use contacts::{
    CreateMarketingContact, ListMarketingContactsQuery, MarketingContact, MarketingContactAddress,
    MarketingContactPhone, MarketingContactTarget, MarketingContactsApi,
};
pub use lists::{
    CreateMarketingList, MarketingList, MarketingListCampaignDefaults, MarketingListContact,
    MarketingListsApi, UpdateMarketingList,
};
pub use tags::{CreateMarketingTag, MarketingTag, MarketingTagsApi};
pub use users::{ListMarketingUsersQuery, MarketingUser, MarketingUsersApi};

/// Every endpoint trait of the marketing automation API, to glob-import:
/// `use truto::marketing_automation::prelude::*;`.
pub mod prelude {
    pub use super::{MarketingContactsApi, MarketingListsApi, MarketingTagsApi, MarketingUsersApi};
}
