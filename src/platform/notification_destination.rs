//! The `notification-destination` resource of the admin API (`/notification-destination`):
//! Slack channels and email recipients that receive Truto's operational alerts (errors,
//! status changes).
//!
//! Sources: Truto's notes only (`truto-skills`, `webhooks-and-notifications.md`,
//! "Notification Destinations"): list / get / create / update / delete and `POST
//! /notification-destination/test {"id": ...}` answering `{"success": true}`; create fields
//! `type` (`slack` | `email`, required), `label`, `environment_id` (set from the API token),
//! `is_active` (default `true`), `event_types`, `config` (required); the Slack config
//! (`webhook_url` required, `ignored_status_codes`) and the email config (`to` required,
//! `cc`, `bcc`, `subject_prefix`); the answer `{id, type, label, is_active, config,
//! event_types, environment_id, created_at, updated_at}`. The CLI notes
//! (`admin-commands.md`) give the update fields `label`, `is_active`, `config`. Neither SDK
//! nor the API reference has this resource, so nothing here is confirmed by them.
//!
//! The notes warn that sensitive config fields (the Slack webhook URL) are returned and
//! "should be treated as secret": [`webhook_url`](NotificationDestinationConfig::webhook_url)
//! is a [`SecretString`], and `Debug` of a config shows no other value either. `event_types`
//! reuse the webhook event names ([`WebhookEventType`]; the notes' example is
//! `sync_job_run:failed`); that both lists are the same is not confirmed.
//!
//! Here: the models [`NotificationDestination`], [`NotificationDestinationType`],
//! [`NotificationDestinationConfig`], [`NotificationDestinationTestResult`]; its bodies
//! [`CreateNotificationDestination`], [`UpdateNotificationDestination`],
//! [`TestNotificationDestination`]; its list query [`ListNotificationDestinationsQuery`]; its
//! endpoints, [`NotificationDestinationsApi`].

use std::fmt;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::WebhookEventType;
use crate::list_query::admin_list_query;
use crate::open_enum::open_enum;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, Result, SecretString};

open_enum! {
    /// Where a destination delivers (`type`).
    pub enum NotificationDestinationType {
        /// `slack`: a Slack incoming webhook.
        Slack = "slack",
        /// `email`: email recipients.
        Email = "email",
    }
}

/// The type-specific configuration of a destination: the Slack fields and the email fields
/// side by side (a destination uses the ones of its type), other keys in
/// [`extra`](Self::extra). `Debug` shows the email fields and the names of the other keys,
/// never the webhook URL or another value.
#[derive(Serialize, Deserialize, Clone, Default, PartialEq, Eq)]
pub struct NotificationDestinationConfig {
    /// Slack: the incoming webhook URL (a secret).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_url: Option<SecretString>,
    /// Slack: HTTP status codes whose errors are not sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignored_status_codes: Option<Vec<u16>>,
    /// Email: the recipients.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Vec<String>>,
    /// Email: the CC recipients.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cc: Option<Vec<String>>,
    /// Email: the BCC recipients.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bcc: Option<Vec<String>>,
    /// Email: a prefix for the subject, e.g. `[Truto Alert]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_prefix: Option<String>,
    /// Every other key, as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl NotificationDestinationConfig {
    /// A Slack configuration posting to `webhook_url`.
    pub fn slack(webhook_url: impl Into<SecretString>) -> Self {
        NotificationDestinationConfig {
            webhook_url: Some(webhook_url.into()),
            ..Self::default()
        }
    }

    /// An email configuration sending to `to`.
    pub fn email<I>(to: I) -> Self
    where
        I: IntoIterator,
        I::Item: Into<String>,
    {
        NotificationDestinationConfig {
            to: Some(to.into_iter().map(Into::into).collect()),
            ..Self::default()
        }
    }
}

impl fmt::Debug for NotificationDestinationConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let other_keys: Vec<&String> = self.extra.keys().collect();
        f.debug_struct("NotificationDestinationConfig")
            .field("webhook_url", &self.webhook_url)
            .field("ignored_status_codes", &self.ignored_status_codes)
            .field("to", &self.to)
            .field("cc", &self.cc)
            .field("bcc", &self.bcc)
            .field("subject_prefix", &self.subject_prefix)
            .field("other_keys", &other_keys)
            .finish()
    }
}

/// A notification destination. Every field but `id` decodes from `null` and from absence;
/// unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct NotificationDestination {
    /// The ID of the destination.
    pub id: String,
    /// Slack or email (`type`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<NotificationDestinationType>,
    /// Its display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Whether it is active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    /// Its type-specific configuration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<NotificationDestinationConfig>,
    /// The events it receives; none listed means all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_types: Option<Vec<WebhookEventType>>,
    /// The ID of the environment it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
    /// When it was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When it was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
}

admin_body! {
    /// Body of `POST /notification-destination`: `type` and `config` are required (the notes).
    /// [`slack`](Self::slack) and [`email`](Self::email) build the two documented kinds.
    pub struct CreateNotificationDestination {
        required {
            /// Slack or email (`type`).
            kind as "type": NotificationDestinationType,
            /// The type-specific configuration.
            config: NotificationDestinationConfig,
        }
        optional {
            /// A display name.
            label: String,
            /// Whether it is active (Truto's default: `true`).
            is_active: bool,
            /// Only these events; leave unset for all.
            event_types: Vec<WebhookEventType>,
            /// The environment (an API token already names one).
            environment_id: String,
        }
    }
}

impl CreateNotificationDestination {
    /// A Slack destination posting to `webhook_url`.
    pub fn slack(webhook_url: impl Into<SecretString>) -> Self {
        Self::new(
            NotificationDestinationType::Slack,
            NotificationDestinationConfig::slack(webhook_url),
        )
    }

    /// An email destination sending to `to`.
    pub fn email<I>(to: I) -> Self
    where
        I: IntoIterator,
        I::Item: Into<String>,
    {
        Self::new(
            NotificationDestinationType::Email,
            NotificationDestinationConfig::email(to),
        )
    }
}

admin_body! {
    /// Body of `PATCH /notification-destination/{id}` (the CLI notes' update fields, and
    /// `event_types`).
    pub struct UpdateNotificationDestination {
        /// A display name.
        label: String,
        /// Whether it is active.
        is_active: bool,
        /// The type-specific configuration.
        config: NotificationDestinationConfig,
        /// Only these events.
        event_types: Vec<WebhookEventType>,
    }
}

admin_body! {
    /// Body of `POST /notification-destination/test`: the destination to send a test to.
    pub struct TestNotificationDestination {
        required {
            /// The ID of the destination.
            id: String,
        }
        optional {}
    }
}

/// The answer of
/// [`test_notification_destination`](NotificationDestinationsApi::test_notification_destination):
/// `{success}` (the notes; other fields are ignored).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct NotificationDestinationTestResult {
    /// Whether the test notification was sent.
    #[serde(default)]
    pub success: bool,
}

admin_list_query! {
    /// Query of `GET /notification-destination`: no source documents filters; send any with
    /// [`param`](Self::param).
    pub struct ListNotificationDestinationsQuery {}
}

/// The `notification-destination` resource: list, get, create, update, delete, and sending
/// a test notification (`/notification-destination`).
pub trait NotificationDestinationsApi: Api {
    /// Lists notification destinations.
    #[truto_endpoint(GET, "/notification-destination")]
    fn list_notification_destinations(
        &self,
        #[query] query: &ListNotificationDestinationsQuery,
    ) -> Paginator<NotificationDestination>;

    /// Gets one notification destination.
    #[truto_endpoint(GET, "/notification-destination/{id}")]
    async fn get_notification_destination(&self, id: &str) -> Result<NotificationDestination>;

    /// Creates a notification destination.
    #[truto_endpoint(POST, "/notification-destination")]
    async fn create_notification_destination(
        &self,
        #[body] body: &CreateNotificationDestination,
    ) -> Result<NotificationDestination>;

    /// Updates a notification destination.
    #[truto_endpoint(PATCH, "/notification-destination/{id}")]
    async fn update_notification_destination(
        &self,
        id: &str,
        #[body] body: &UpdateNotificationDestination,
    ) -> Result<NotificationDestination>;

    /// Deletes a notification destination.
    #[truto_endpoint(DELETE, "/notification-destination/{id}")]
    async fn delete_notification_destination(&self, id: &str) -> Result<Deleted>;

    /// Sends a test notification (`POST /notification-destination/test {"id": ...}`).
    #[truto_endpoint(POST, "/notification-destination/test")]
    async fn test_notification_destination(
        &self,
        #[body] body: &TestNotificationDestination,
    ) -> Result<NotificationDestinationTestResult>;
}

impl NotificationDestinationsApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn destination_decodes_and_hides_the_webhook_url() {
        let destination: NotificationDestination = serde_json::from_value(json!({
            "id": "nd1", "type": "teams", "label": null, "is_active": true,
            "config": {"webhook_url": "https://hooks.slack.com/services/T0/B0/secretpart",
                       "token": "xoxb-hidden"},
            "event_types": ["sync_job_run:failed", "alarm:rang"], "extra": 1
        }))
        .unwrap();
        assert_eq!(
            destination.kind,
            Some(NotificationDestinationType::Other("teams".into()))
        );
        assert_eq!(destination.label, None);
        let config = destination.config.as_ref().unwrap();
        assert_eq!(
            config.webhook_url.as_ref().map(SecretString::expose),
            Some("https://hooks.slack.com/services/T0/B0/secretpart")
        );
        let shown = format!("{destination:?}");
        assert!(
            !shown.contains("secretpart") && !shown.contains("xoxb"),
            "{shown}"
        );
        assert_eq!(
            destination.event_types.unwrap()[1],
            WebhookEventType::Other("alarm:rang".into())
        );
        assert!(
            serde_json::from_value::<NotificationDestination>(json!({"type": "slack"})).is_err()
        );
    }

    #[test]
    fn create_body_sends_type_once_and_routes_field() {
        let body = CreateNotificationDestination::email(["ops@example.com"]).label("Ops");
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            json!({"type": "email", "config": {"to": ["ops@example.com"]}, "label": "Ops"})
        );
        let body = body
            .field("type", "slack")
            .field("label", json!({"en": "Ops"}))
            .field("priority", "high");
        assert_eq!(body.kind, NotificationDestinationType::Slack);
        assert_eq!(body.label, None);
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            json!({"type": "slack", "config": {"to": ["ops@example.com"]},
                   "label": {"en": "Ops"}, "priority": "high"})
        );
        // A `type` of another shape is sent as given, once.
        let odd = body.clone().field("type", 7);
        let text = serde_json::to_string(&odd).unwrap();
        assert_eq!(text.matches("\"type\"").count(), 1, "{text}");
        assert_eq!(serde_json::to_value(&odd).unwrap()["type"], 7);
        let body = body.field("label", "Ops again");
        assert_eq!(body.label.as_deref(), Some("Ops again"));
        assert!(!body.extra.contains_key("label"));
        assert_eq!(body.extra["priority"], "high");
    }
}
