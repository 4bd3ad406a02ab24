//! Comments: the communication on a ticket, between users and contacts, and internal notes
//! (`/unified/ticketing/comments`).
//!
//! Sources (truto.one/docs/api-reference/unified-ticketing-api/...):
//!
//! - `comments.md` and the HTML "Comments Object" page: the schema. Confirmed: `id`
//!   (required), `author` (`id`, `name`, `username`, `type`), `receiver` (`id`, `name`, `type`),
//!   `body`, `html_body`, `ticket` (`id`), `attachments[]` (`id`, `file_name`, `file_url`,
//!   `content_type`, `uploaded_by` {`id`, `name`}, `uploaded_by_type`, `created_at`), `channel`
//!   (`id`, `name`, `type`), `created_at`, `etag`, `is_internal`, `is_private`, `remote_data`.
//!   `author.type` / `receiver.type`: `user`, `contact`, `system`.
//! - `updated_at`: **not seen** in the schema excerpts (which end at `ticket`); the list page
//!   filters on "The date and time when the comment was updated", so it is kept here.
//! - Methods: `comments/list` (+ `.md`), `comments/get.md`, `comments/create` (+ `.md`),
//!   `comments/update`, `comments/delete.md`: all five exist.
//! - `comments/list`: `ticket` ("The ticket to which the comment belongs", `ticket[id]`,
//!   required by 33 of 48 integrations), `created_at`, `updated_at`, `is_private`, `sort_by`
//!   (`created_at` / `updated_at`, `asc` | `desc`). Names are from the `.md` excerpt (`ticket`)
//!   or inferred from the descriptions, which are the schema fields' own. Also listed, not
//!   typed: `collections` / `workspace` (some integrations scope by them instead of `ticket`),
//!   `organization`, a flag "Set this value as true to get internal comments" whose name the
//!   excerpts do not show, and an `issue` | `task` selector.
//! - `comments/create.md`: query `ticket` ("Set either ticket or collections"), `ticket_id`,
//!   `collections`, `organization`, `workspace`; body `body` ("One of body or html_body is
//!   required"), `html_body`, `author`, `attachments[]` (`file_name`, `content_type`, `data`
//!   required per attachment), `channel`, `created_at`, and Help Scout's `contact_id`,
//!   `user_id`, `imported`, `status`, `cc`, `bcc`. `is_private` is **not seen** in the create
//!   excerpt; it is typed from the schema.
//! - `comments/update`: query `ticket` as on create; the body excerpt is cut before its fields,
//!   so [`UpdateComment`]'s fields are **not confirmed** (they mirror the schema).
//!
//! Here: the model [`Comment`] with its parts ([`CommentAuthor`], [`CommentReceiver`],
//! [`CommentChannel`], [`CommentAttachment`], [`CommentPartyType`]); the query of the
//! single-comment calls, [`CommentQuery`]; the list query [`ListCommentsQuery`]; the
//! endpoints, [`CommentsApi`]. The write bodies [`CreateComment`], [`UpdateComment`] and
//! [`CommentAttachmentUpload`] are in `comments/write.rs`.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};

use super::references::Reference;
use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::query_params::Wire;
use crate::{
    truto_endpoint, Api, Client, Deleted, IdFilter, Paginator, QueryParams, Result, SortBy,
};

mod write;

pub use write::{CommentAttachmentUpload, CreateComment, UpdateComment};

open_enum! {
    /// Who wrote or receives a comment (`author.type`, `receiver.type`).
    ///
    /// The docs list `user`, `contact` and `system`; any other value is kept in
    /// [`CommentPartyType::Other`].
    pub enum CommentPartyType {
        /// `user`: a user of the ticketing tool (an agent).
        User = "user",
        /// `contact`: a contact (a customer).
        Contact = "contact",
        /// `system`: the ticketing tool itself.
        System = "system",
    }
}

/// The user or contact who created a comment (`author`).
///
/// The docs mark `id` and `type` required inside `author`; both are `Option` here so that a
/// provider's incomplete author does not fail the whole comment.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CommentAuthor {
    /// The id of the user or contact who created the comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the user or contact who created the comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The username of the user or contact who created the comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Type of the author (`type` on the wire): `user`, `contact` or `system`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CommentPartyType>,
}

impl CommentAuthor {
    /// An author with an id and a type, e.g. `CommentAuthor::new("u_1", CommentPartyType::User)`.
    pub fn new(id: impl Into<String>, kind: impl Into<CommentPartyType>) -> Self {
        CommentAuthor {
            id: Some(id.into()),
            kind: Some(kind.into()),
            ..CommentAuthor::default()
        }
    }
}

/// The user or contact who receives a comment (`receiver`).
///
/// The docs mark `id` and `type` required inside `receiver`; both are `Option` here, as for
/// [`CommentAuthor`].
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CommentReceiver {
    /// The id of the user or contact receiving the comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the user or contact receiving the comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Type of the receiver (`type` on the wire): `user`, `contact` or `system`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CommentPartyType>,
}

/// The medium through which a comment was sent (`channel`; Gorgias on create).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CommentChannel {
    /// The unique identifier for the channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The type of the channel (`type` on the wire; free text, no values are documented).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

/// An attachment of a comment (`attachments[]` of the Comment schema).
///
/// Richer than the ticket's [`Attachment`](super::Attachment) reference: it also carries the
/// content type, the uploader and the creation time.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CommentAttachment {
    /// The unique identifier for the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The attachment's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// The URL to download the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_url: Option<String>,
    /// The content type of the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// The user who uploaded the attachment (`id`, `name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uploaded_by: Option<Reference>,
    /// The type of the user who uploaded the attachment (free text, no values documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uploaded_by_type: Option<String>,
    /// The time when the attachment was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
}

/// A comment on a ticket, in Truto's unified shape.
///
/// Only [`id`](Self::id) is required. Unknown fields are ignored, unknown `author.type` /
/// `receiver.type` values are kept, `null` and absence both decode to `None`.
///
/// ```
/// use truto::ticketing::{Comment, CommentPartyType};
///
/// let comment: Comment = serde_json::from_str(
///     r#"{"id": "c1", "body": "Restarted it.", "author": {"id": "u1", "type": "user"}}"#,
/// )
/// .unwrap();
/// assert_eq!(comment.author.unwrap().kind, Some(CommentPartyType::User));
/// ```
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Comment {
    /// The unique identifier for a comment.
    pub id: String,
    /// The user or contact who created the comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<CommentAuthor>,
    /// The user or contact who is receiving the comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receiver: Option<CommentReceiver>,
    /// The body of the comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The body of the comment in HTML format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html_body: Option<String>,
    /// The ticket to which the comment belongs (the docs document only its `id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket: Option<Reference>,
    /// The attachments of the comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<CommentAttachment>>,
    /// The medium through which the comment was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<CommentChannel>,
    /// Whether the comment is internal: true for internal notes left by users.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_internal: Option<bool>,
    /// Whether the comment is private or not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_private: Option<bool>,
    /// The date and time when the comment was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The date and time when the comment was updated. Not seen in the schema excerpts;
    /// kept because the list page filters on it.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// The unique identifier for the specific version of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Raw data returned from the remote API call (absent with `truto_ignore_remote_data`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

impl Comment {
    /// A comment with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Comment {
            id: id.into(),
            author: None,
            receiver: None,
            body: None,
            html_body: None,
            ticket: None,
            attachments: None,
            channel: None,
            is_internal: None,
            is_private: None,
            created_at: None,
            updated_at: None,
            etag: None,
            remote_data: None,
        }
    }
}

/// The query of the single-comment calls (get, create, update, delete).
///
/// [`QueryParams`] (as `query`) plus the scope the docs list for comments: `ticket`
/// (`ticket[id]=...`; "Set either ticket or collections", required by several integrations)
/// and `ticket_id`. Other scopes (`collections`, `organization`, `workspace`) go through
/// [`param`](Self::param), sent after these. Build it from a `QueryParams` with `.into()`;
/// `CommentQuery::default()` leaves the account to a scoped client.
#[derive(Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CommentQuery {
    /// Truto's own parameters (`integrated_account_id`, ...) and the other parameters set
    /// with [`param`](Self::param).
    #[serde(flatten)]
    pub query: QueryParams,
    /// `ticket[id]=...`: the ticket the comment belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket: Option<IdFilter>,
    /// `ticket_id=...`: "The unique identifier for a ticket" (listed on the create page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket_id: Option<String>,
}

impl Serialize for CommentQuery {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Scope<'a> {
            #[serde(skip_serializing_if = "Option::is_none")]
            ticket: &'a Option<IdFilter>,
            #[serde(skip_serializing_if = "Option::is_none")]
            ticket_id: &'a Option<String>,
        }
        let scope = Scope {
            ticket: &self.ticket,
            ticket_id: &self.ticket_id,
        };
        Wire::new(&self.query, scope).serialize(serializer)
    }
}

impl CommentQuery {
    /// The query for an integrated account, nothing else set.
    pub fn new(integrated_account_id: impl Into<String>) -> Self {
        CommentQuery::from(QueryParams::new(integrated_account_id))
    }

    /// Sets `ticket[id]`.
    #[must_use]
    pub fn ticket(mut self, ticket_id: impl Into<String>) -> Self {
        self.ticket = Some(IdFilter::new(ticket_id));
        self
    }

    /// Sets another query parameter, sent after the others (an object value nests:
    /// `key[inner]=...`); the same as [`QueryParams::param`] on `query`.
    #[must_use]
    pub fn param(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.query = self.query.param(key, value);
        self
    }
}

impl From<QueryParams> for CommentQuery {
    fn from(query: QueryParams) -> Self {
        CommentQuery {
            query,
            ..CommentQuery::default()
        }
    }
}

list_query! {
    /// The query of `GET /unified/ticketing/comments`.
    ///
    /// ```
    /// use truto::ticketing::{ListCommentsQuery, SortBy};
    ///
    /// let query = ListCommentsQuery::new("acc-1")
    ///     .ticket("4711")
    ///     .sort_by(SortBy::asc("created_at"));
    /// assert_eq!(
    ///     truto::query::to_query_string(&query).unwrap(),
    ///     "integrated_account_id=acc-1&ticket[id]=4711&sort_by[created_at]=asc"
    /// );
    /// ```
    pub struct ListCommentsQuery {
        /// `ticket[id]=...`: the ticket to which the comments belong (required by most
        /// integrations).
        ticket: IdFilter,
        /// Sets `ticket[id]`.
        fn ticket(ticket_id: impl Into<String>) = IdFilter::new(ticket_id);

        /// `created_at[op]=...`: when the comment was created.
        created_at,

        /// `updated_at[op]=...`: when the comment was updated.
        updated_at,

        /// `is_private=true|false`: whether the comment is private.
        is_private: bool,
        /// Sets `is_private`.
        fn is_private(is_private: bool);

        /// `sort_by[field]=asc|desc`; the docs list `created_at` and `updated_at`.
        sort_by: SortBy,
        /// Sets `sort_by`.
        fn sort_by(sort_by: SortBy);
    }
}

/// The `comments` resource: list, get, create, update, delete.
pub trait CommentsApi: Api {
    /// Lists comments (`GET /unified/ticketing/comments`), page after page. Most integrations
    /// require the ticket: [`ListCommentsQuery::ticket`].
    #[truto_endpoint(GET, "/unified/ticketing/comments")]
    fn list_comments(&self, #[query] query: &ListCommentsQuery) -> Paginator<Comment>;

    /// Gets one comment (`GET /unified/ticketing/comments/{id}`).
    #[truto_endpoint(GET, "/unified/ticketing/comments/{id}")]
    async fn get_comment(&self, id: &str, #[query] query: &CommentQuery) -> Result<Comment>;

    /// Creates a comment (`POST /unified/ticketing/comments`); the ticket goes in the query
    /// ([`CommentQuery::ticket`]).
    #[truto_endpoint(POST, "/unified/ticketing/comments")]
    async fn create_comment(
        &self,
        #[query] query: &CommentQuery,
        #[body] body: &CreateComment,
    ) -> Result<Comment>;

    /// Updates a comment (`PATCH /unified/ticketing/comments/{id}`).
    #[truto_endpoint(PATCH, "/unified/ticketing/comments/{id}")]
    async fn update_comment(
        &self,
        id: &str,
        #[query] query: &CommentQuery,
        #[body] body: &UpdateComment,
    ) -> Result<Comment>;

    /// Deletes a comment (`DELETE /unified/ticketing/comments/{id}`).
    #[truto_endpoint(DELETE, "/unified/ticketing/comments/{id}")]
    async fn delete_comment(&self, id: &str, #[query] query: &CommentQuery) -> Result<Deleted>;
}

impl CommentsApi for Client {}

#[cfg(test)]
mod tests {
    use crate::ticketing::test_support::*;
    use crate::ticketing::*;

    const COMMENT_FULL: &str = include_str!("../../tests/fixtures/comment_full.json");
    const COMMENT_ONLY_ID: &str = include_str!("../../tests/fixtures/comment_only_id.json");
    const COMMENT_NULLS: &str = include_str!("../../tests/fixtures/comment_nulls.json");
    const COMMENT_UNKNOWN: &str = include_str!("../../tests/fixtures/comment_unknown.json");

    #[test]
    fn full_comment_decodes_every_field() {
        let comment: Comment = decode(COMMENT_FULL);
        let expected = Comment {
            author: Some(CommentAuthor {
                id: Some("u_101".into()),
                name: Some("Ana Souza".into()),
                username: Some("ana.souza".into()),
                kind: Some(CommentPartyType::User),
            }),
            receiver: Some(CommentReceiver {
                id: Some("c_2201".into()),
                name: Some("Priya Raman".into()),
                kind: Some(CommentPartyType::Contact),
            }),
            body: Some("We restarted the print server; please try again.".into()),
            html_body: Some("<p>We restarted the print server; please try again.</p>".into()),
            ticket: Some(Reference::with_id("35436")),
            attachments: Some(vec![CommentAttachment {
                id: Some("att_9101".into()),
                file_name: Some("restart-log.txt".into()),
                file_url: Some(
                    "https://files.example.com/attachments/att_9101/restart-log.txt".into(),
                ),
                content_type: Some("text/plain".into()),
                uploaded_by: Some(Reference::new("u_101", "Ana Souza")),
                uploaded_by_type: Some("user".into()),
                created_at: Some(time("2024-03-05T14:20:00+05:30")),
            }]),
            channel: Some(CommentChannel {
                id: Some("ch_email".into()),
                name: Some("Email".into()),
                kind: Some("email".into()),
            }),
            is_internal: Some(false),
            is_private: Some(true),
            created_at: Some(time("2024-03-05T14:21:07Z")),
            updated_at: Some(time("2024-03-05T15:02:44.250-03:00")),
            etag: Some("W/\"cm_5001-3\"".into()),
            remote_data: Some(object(
                json!({"id": 5001, "public": false, "via": {"channel": "web"}}),
            )),
            ..Comment::new("cm_5001")
        };
        assert_eq!(comment, expected);
        // The offset that was sent is kept.
        let updated = comment.updated_at.unwrap();
        assert_eq!(updated.offset().local_minus_utc(), -3 * 3600);
    }

    #[test]
    fn bare_comments_decode_and_comments_round_trip() {
        assert_eq!(decode::<Comment>(COMMENT_ONLY_ID), Comment::new("cm_5002"));
        assert_eq!(decode::<Comment>(COMMENT_NULLS), Comment::new("cm_5002"));
        assert!(serde_json::from_str::<Comment>(r#"{"body": "no id"}"#).is_err());
        assert_round_trip::<Comment>(COMMENT_FULL);
        assert_round_trip::<Comment>(COMMENT_UNKNOWN);
    }

    #[test]
    fn unknown_comment_values_are_kept_and_fields_ignored() {
        let comment: Comment = decode(COMMENT_UNKNOWN);
        let kind = comment.author.as_ref().and_then(|a| a.kind.clone());
        assert_eq!(kind, Some(CommentPartyType::Other("automation".into())));
        // Matching is exact: `Group` is not a known value.
        let kind = comment.receiver.as_ref().and_then(|r| r.kind.clone());
        assert!(!kind.unwrap().is_known());
        assert_eq!(comment.attachments.as_ref().unwrap().len(), 1);
        let encoded = to_json(&comment);
        assert_eq!(
            encoded["author"],
            json!({"id": "bot_7", "type": "automation"})
        );
        assert_eq!(encoded["receiver"]["type"], "Group");
        assert!(encoded.get("sentiment").is_none());
    }

    #[test]
    fn comment_queries_serialize_as_documented() {
        let query = ListCommentsQuery::new("acc-1")
            .limit(25)
            .ticket("35436")
            .created_at(
                Compare::gte(time("2024-03-01T00:00:00Z"))
                    .and_lt(time("2024-04-01T00:00:00+02:00")),
            )
            .is_private(false)
            .sort_by(SortBy::desc("created_at").then_asc("updated_at"))
            .param("workspace", json!({"id": "w1"}));
        assert_eq!(
            qs(&query),
            "integrated_account_id=acc-1&limit=25&ticket[id]=35436\
             &created_at[gte]=2024-03-01T00%3A00%3A00Z\
             &created_at[lt]=2024-04-01T00%3A00%3A00%2B02%3A00\
             &is_private=false&sort_by[created_at]=desc&sort_by[updated_at]=asc&workspace[id]=w1"
        );

        let single: CommentQuery = UnifiedQuery::new("acc-1")
            .exclude_field("remote_data")
            .into();
        let single = CommentQuery {
            ticket_id: Some("35436".into()),
            ..single.ticket("35436")
        };
        assert_eq!(
            qs(&single),
            "integrated_account_id=acc-1&truto_exclude_fields[]=remote_data\
             &ticket[id]=35436&ticket_id=35436"
        );
    }
}
