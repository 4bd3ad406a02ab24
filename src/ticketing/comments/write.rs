//! The write bodies of comments: [`CreateComment`] (`POST /unified/ticketing/comments`),
//! [`UpdateComment`] (`PATCH .../comments/{id}`) and the files a new comment attaches,
//! [`CommentAttachmentUpload`]. The ticket a comment belongs to goes in the query
//! ([`CommentQuery`](super::CommentQuery)), not the body.
//!
//! Sources: `comments/create.md` (body `body`, `html_body`, `author`, `attachments[]` with
//! `file_name`, `content_type`, `data` required per attachment, `channel`, `created_at`, and
//! Help Scout's `contact_id`, `user_id`, `imported`, `status`, `cc`, `bcc`) and
//! `comments/update` (its body excerpt is cut before the fields), under
//! truto.one/docs/api-reference/unified-ticketing-api/.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::{CommentAuthor, CommentChannel};
use crate::ticketing::references::Reference;
use crate::write_body::write_body;

/// A file to attach to a new comment (`attachments[]` of the create body).
///
/// The docs mark `file_name`, `content_type` and `data` (the file, base64-encoded) required.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct CommentAttachmentUpload {
    /// The name of the file.
    pub file_name: String,
    /// The mime type of the file.
    pub content_type: String,
    /// The base64 encoded data of the file.
    pub data: String,
    /// The unique identifier for the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The URL to download the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_url: Option<String>,
    /// The user who uploaded the attachment (`id`, `name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uploaded_by: Option<Reference>,
    /// The type of the user who uploaded the attachment.
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

impl CommentAttachmentUpload {
    /// An attachment with the three required fields; `data` is the base64-encoded file.
    pub fn new(
        file_name: impl Into<String>,
        content_type: impl Into<String>,
        data: impl Into<String>,
    ) -> Self {
        CommentAttachmentUpload {
            file_name: file_name.into(),
            content_type: content_type.into(),
            data: data.into(),
            id: None,
            file_url: None,
            uploaded_by: None,
            uploaded_by_type: None,
            created_at: None,
        }
    }
}

write_body! {
    /// The body of `POST /unified/ticketing/comments`.
    ///
    /// "One of body or html_body is required"; the ticket is chosen by the query
    /// ([`CommentQuery::ticket`](super::CommentQuery::ticket)), not the body. Help Scout takes `contact_id` (required
    /// there), `user_id`, `imported`, `status`, `cc` and `bcc`. Source: `comments/create`
    /// (+ `.md`); all fields below are shown there except `is_private`.
    ///
    /// ```
    /// use serde_json::json;
    /// use truto::ticketing::CreateComment;
    ///
    /// let body = CreateComment::new().body("Restarted the printer.").is_private(true);
    /// assert_eq!(
    ///     serde_json::to_value(&body).unwrap(),
    ///     json!({"body": "Restarted the printer.", "is_private": true}),
    /// );
    /// ```
    pub struct CreateComment {
        /// The body of the comment.
        body: String,
        /// The body of the comment in HTML format.
        html_body: String,
        /// The user or contact creating the comment.
        author: CommentAuthor,
        /// Whether the comment is private (an internal note). Typed from the schema; not seen
        /// in the create page excerpt.
        is_private: bool,
        /// Optional list of attachments to be attached to this comment.
        attachments: Vec<CommentAttachmentUpload>,
        /// The medium through which the comment is sent (Gorgias).
        channel: CommentChannel,
        /// The date and time when the comment was created (Gorgias).
        #[serde(deserialize_with = "crate::timestamp::deserialize_option")]
        created_at: DateTime<FixedOffset>,
        /// The id of the contact who created the comment (required in Help Scout).
        contact_id: String,
        /// ID of the user who is adding the thread; the resource owner by default (Help Scout).
        user_id: String,
        /// Creates the thread for historical purposes: no outgoing emails or notifications
        /// (Help Scout).
        imported: bool,
        /// The conversation status to set when adding the thread (Help Scout).
        status: String,
        /// Email addresses to copy (Help Scout).
        cc: Vec<String>,
        /// Email addresses to blind-copy (Help Scout).
        bcc: Vec<String>,
    }
}

write_body! {
    /// The body of `PATCH /unified/ticketing/comments/{id}`: the fields to change.
    ///
    /// The update page's body excerpt ends before its fields: these fields mirror the
    /// Comment schema and are **not confirmed** (the method itself is, `comments/update`).
    pub struct UpdateComment {
        /// The body of the comment.
        body: String,
        /// The body of the comment in HTML format.
        html_body: String,
        /// Whether the comment is private (an internal note).
        is_private: bool,
    }
}

#[cfg(test)]
mod tests {
    use crate::ticketing::test_support::*;
    use crate::ticketing::*;

    #[test]
    fn comment_write_bodies_serialize_as_documented() {
        let body = CreateComment::new()
            .body("Restarted.")
            .html_body("<p>Restarted.</p>")
            .author(CommentAuthor::new("u_101", CommentPartyType::User))
            .is_private(true)
            .attachments(vec![CommentAttachmentUpload::new(
                "log.txt",
                "text/plain",
                "aGVsbG8=",
            )])
            .cc(vec!["a@example.com".to_owned()])
            .created_at(time("2024-03-05T14:21:07+05:30"))
            .remote_field("via", "api");
        assert_eq!(
            to_json(&body),
            json!({
                "body": "Restarted.",
                "html_body": "<p>Restarted.</p>",
                "author": {"id": "u_101", "type": "user"},
                "is_private": true,
                "attachments": [
                    {"file_name": "log.txt", "content_type": "text/plain", "data": "aGVsbG8="}
                ],
                "created_at": "2024-03-05T14:21:07+05:30",
                "cc": ["a@example.com"],
                "remote_data": {"via": "api"}
            })
        );
        assert_eq!(decode::<CreateComment>(&text(&body)), body);

        let update = UpdateComment::new()
            .is_private(false)
            .field("status", "closed");
        assert_eq!(text(&update), r#"{"is_private":false,"status":"closed"}"#);
        assert_eq!(text(&UpdateComment::new()), "{}");
    }
}
