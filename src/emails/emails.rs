//! The `emails` resource of the unified emails API (`/unified/emails/emails`): the messages
//! of a mailbox (Gmail, Outlook Mail, ...).
//!
//! Sources (Truto's public API reference and product pages, as stored copies):
//!
//! - `unified-emails-api/emails/list` (Gmail partial, Outlook Mail): query `created_at`,
//!   `updated_at`, `from`, `subject`, `to` (string array), `has_attachments` (Gmail),
//!   `folder` (`id`, required), `is_draft`, `format` (`html`, `text`), `user` (`id`: "The
//!   user whose messages are to be retrieved");
//! - `emails/get`: query `user` (`id`); the response starts with `attachments`;
//! - `emails/create` (Outlook Mail): body `attachments[]` (`content_bytes` base64,
//!   `content_type`, `file_name` required; `created_at`, `file_url`, `id`), `bcc`, `cc`,
//!   the content ("Content type of the email": `plain_text`, `html`; "The body of the email
//!   in the selected format"), `from`, `priority` (`high`, `normal`, `low`), `reply_to`,
//!   `subject`, `to`, `remote_data`;
//! - the overview `truto.one/unified-apis/emails/` (`.md`): the record's 17 fields, `id`,
//!   `from`, `to`, `cc`, `bcc`, `subject`, `content` (object), `headers` (object), `reply_to`,
//!   `priority`, `folder` (object), `is_draft`, `attachments`, `urls`, `created_at`,
//!   `updated_at`, `sent_at`.
//!
//! Not confirmed: the member names inside `content` (typed as `format` and `body` after the
//! create page's two descriptions; members under other names are kept in
//! [`EmailContent::other`]), the items of `urls` (kept as JSON), and whether `user` on get
//! is needed by providers other than Outlook Mail. No update or delete page was found.
//!
//! The model is [`EmailMessage`], not `Email`: [`Email`](crate::Email) is the crate's email
//! address type.
//!
//! Here: [`EmailMessage`], [`EmailContent`], [`EmailPriority`], [`EmailAttachmentUpload`];
//! [`CreateEmail`]; [`ListEmailsQuery`]; [`EmailsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::attachments::EmailAttachment;
use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, IdFilter, Paginator, QueryParams, Reference, Result};

open_enum! {
    /// The priority of an email (`priority`).
    pub enum EmailPriority {
        /// `high`
        High = "high",
        /// `normal`
        Normal = "normal",
        /// `low`
        Low = "low",
    }
}

/// The body of an email (`content`): its format and text. The member names are not
/// confirmed (see the module docs); members under other names are kept in
/// [`other`](Self::other).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct EmailContent {
    /// The content type of the body (`plain_text` or `html` on create).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// The body of the email in that format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Every other member, as sent.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl EmailContent {
    /// A plain-text body.
    pub fn plain_text(body: impl Into<String>) -> Self {
        EmailContent {
            format: Some("plain_text".into()),
            body: Some(body.into()),
            other: Map::new(),
        }
    }

    /// An HTML body.
    pub fn html(body: impl Into<String>) -> Self {
        EmailContent {
            format: Some("html".into()),
            body: Some(body.into()),
            other: Map::new(),
        }
    }
}

/// An email. Every field is optional (list answers are partial for Gmail), `null` decodes as
/// absent, unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct EmailMessage {
    /// The unique identifier for the email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Sender email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Recipient email addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Vec<String>>,
    /// CC email addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cc: Option<Vec<String>>,
    /// BCC email addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bcc: Option<Vec<String>>,
    /// Email subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<EmailContent>,
    /// Custom headers for the email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headers: Option<Map<String, Value>>,
    /// Reply-to email addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<Vec<String>>,
    /// Priority of the email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<EmailPriority>,
    /// The folder where the email is stored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub folder: Option<Reference>,
    /// Whether the email is a draft (created but not sent yet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_draft: Option<bool>,
    /// The attachments of the email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<EmailAttachment>>,
    /// The email's URLs, as sent (their shape is not documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urls: Option<Vec<Value>>,
    /// When the email was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the email was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// When the email was sent.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub sent_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

/// An attachment sent with a new email (`attachments[]` of the create body): the file's
/// bytes, base64-encoded.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct EmailAttachmentUpload {
    /// The content bytes of the attachment, base64-encoded.
    pub content_bytes: String,
    /// The content type of the attachment.
    pub content_type: String,
    /// The attachment's name.
    pub file_name: String,
}

impl EmailAttachmentUpload {
    /// An attachment from its base64 content, content type and file name.
    pub fn new(
        content_bytes: impl Into<String>,
        content_type: impl Into<String>,
        file_name: impl Into<String>,
    ) -> Self {
        EmailAttachmentUpload {
            content_bytes: content_bytes.into(),
            content_type: content_type.into(),
            file_name: file_name.into(),
        }
    }
}

list_query! {
    /// Query of `GET /unified/emails/emails`: the filters of the list page.
    pub struct ListEmailsQuery {
        /// `created_at[op]=...`: when the email was created.
        created_at,

        /// `updated_at[op]=...`: when the email was last updated.
        updated_at,

        /// `from=...`: the sender's address (Outlook Mail).
        from: String,
        /// Keeps the emails from this sender (the setter is not named `from`, which
        /// `From::from` takes).
        fn sender(address: impl Into<String>) = address.into();

        /// `subject=...` (Outlook Mail).
        subject: String,
        /// Keeps the emails with this subject.
        fn subject(subject: impl Into<String>) = subject.into();

        /// `to[]=...`: recipient addresses (Outlook Mail).
        to: Vec<String>,
        /// Adds a recipient to match.
        fn recipient(address: impl Into<String>) = address.into();

        /// `has_attachments=...` (Gmail).
        has_attachments: bool,
        /// Keeps the emails with (or without) attachments.
        fn has_attachments(has_attachments: bool);

        /// `folder[id]=...`: the folder to list (Outlook Mail).
        folder: IdFilter,
        /// Lists the emails of this folder.
        fn folder(folder_id: impl Into<String>) = IdFilter::new(folder_id);

        /// `is_draft=...` (Outlook Mail).
        is_draft: bool,
        /// Keeps drafts (or sent mail only).
        fn is_draft(is_draft: bool);

        /// `format=...`: the content type of the bodies, `html` or `text` (Outlook Mail).
        format: String,
        /// Asks for bodies in this format.
        fn format(format: impl Into<String>) = format.into();

        /// `user[id]=...`: whose mailbox to read (Outlook Mail).
        user: IdFilter,
        /// Reads the mailbox of this user.
        fn user(user_id: impl Into<String>) = IdFilter::new(user_id);
    }
}

write_body! {
    /// Body of `POST /unified/emails/emails` (Outlook Mail): sends (or drafts) an email.
    ///
    /// ```
    /// use serde_json::json;
    /// use truto::emails::{CreateEmail, EmailContent};
    ///
    /// let body = CreateEmail::new()
    ///     .to(vec!["ana@example.com".to_owned()])
    ///     .subject("Lunch?")
    ///     .content(EmailContent::plain_text("Noon at the usual place."));
    /// assert_eq!(
    ///     serde_json::to_value(&body).unwrap(),
    ///     json!({
    ///         "to": ["ana@example.com"],
    ///         "subject": "Lunch?",
    ///         "content": {"format": "plain_text", "body": "Noon at the usual place."},
    ///     }),
    /// );
    /// ```
    pub struct CreateEmail {
        /// Sender email address.
        from: String,
        /// Recipient email addresses.
        to: Vec<String>,
        /// CC email addresses.
        cc: Vec<String>,
        /// BCC email addresses.
        bcc: Vec<String>,
        /// Reply-to email addresses.
        reply_to: Vec<String>,
        /// Email subject.
        subject: String,
        /// The body (member names not confirmed).
        content: EmailContent,
        /// Priority of the email.
        priority: EmailPriority,
        /// Files to attach, base64-encoded.
        attachments: Vec<EmailAttachmentUpload>,
    }
}

/// The `emails` resource: list, get, create (`/unified/emails/emails`).
pub trait EmailsApi: Api {
    /// Lists emails (partial records for Gmail: get each one for the full object).
    #[truto_endpoint(GET, "/unified/emails/emails")]
    fn list_emails(&self, #[query] query: &ListEmailsQuery) -> Paginator<EmailMessage>;

    /// Gets one email (Outlook Mail takes `user[id]`: set it with
    /// [`QueryParams::param`](crate::QueryParams::param)).
    #[truto_endpoint(GET, "/unified/emails/emails/{id}")]
    async fn get_email(&self, id: &str, #[query] query: &QueryParams) -> Result<EmailMessage>;

    /// Sends (or drafts) an email.
    #[truto_endpoint(POST, "/unified/emails/emails")]
    async fn create_email(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateEmail,
    ) -> Result<EmailMessage>;
}

impl EmailsApi for Client {}
