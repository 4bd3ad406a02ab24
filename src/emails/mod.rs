//! Truto's unified emails API (`/unified/emails/...`), typed: the models, their write bodies
//! and list queries, and the endpoints, declared with `#[truto_endpoint]` and implemented for
//! [`Client`](crate::Client).
//!
//! Truto maps mailboxes (Gmail, Outlook Mail, ...) onto one shape of 4 resources (its
//! overview page, `truto.one/unified-apis/emails/`). One file per resource, named after its
//! path segment:
//!
//! | file | resource | trait |
//! |---|---|---|
//! | `emails.rs` | [`EmailMessage`] | [`EmailsApi`] |
//! | `attachments.rs` | [`EmailAttachment`], with the custom method `download` | [`EmailAttachmentsApi`] |
//! | `folders.rs` | [`EmailFolder`] | [`EmailFoldersApi`] |
//! | `users.rs` | [`EmailUser`] | [`EmailUsersApi`] |
//!
//! Every name carries the API (`EmailMessage`, `EmailFolder`, `list_email_folders`) because
//! [`truto::prelude`](crate::prelude) imports every API's traits, and other unified APIs have
//! users, folders and attachments too. Only the methods a reference page documents are
//! declared, except for the resources with no method page at all (folders, users), which get
//! list and get (unified paths are regular; each file says so).
//!
//! `use truto::emails::prelude::*;` brings every trait of this module into scope:
//!
//! ```no_run
//! use truto::emails::prelude::*;
//! use truto::emails::{CreateEmail, EmailContent, ListEmailsQuery};
//! use truto::{Client, QueryParams};
//!
//! # async fn demo(client: Client) -> truto::Result<()> {
//! let acme = client.for_account("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
//! let drafts = acme
//!     .list_emails(&ListEmailsQuery::default().is_draft(true))
//!     .collect_all()
//!     .await?;
//! let sent = acme
//!     .create_email(
//!         &QueryParams::default(),
//!         &CreateEmail::new()
//!             .to(vec!["ana@example.com".to_owned()])
//!             .content(EmailContent::plain_text("Hello")),
//!     )
//!     .await?;
//! # let _ = (drafts, sent); Ok(()) }
//! ```

mod attachments;
// Named after its path segment, `/unified/emails/emails`, like every resource file.
#[allow(clippy::module_inception)]
mod emails;
mod folders;
mod users;

pub use attachments::{EmailAttachment, EmailAttachmentsApi};
pub use emails::{
    CreateEmail, EmailAttachmentUpload, EmailContent, EmailMessage, EmailPriority, EmailsApi,
    ListEmailsQuery,
};
pub use folders::{EmailFolder, EmailFoldersApi, ListEmailFoldersQuery};
pub use users::{EmailUser, EmailUsersApi, ListEmailUsersQuery};

/// Every endpoint trait of the emails API, to glob-import: `use truto::emails::prelude::*;`.
pub mod prelude {
    pub use super::{EmailAttachmentsApi, EmailFoldersApi, EmailUsersApi, EmailsApi};
}
