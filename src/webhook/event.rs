//! The webhook event envelope (`id`, `event`, `payload`, `environment_id`, `webhook_id`,
//! `created_at`) and the open enum of event names.

use chrono::{DateTime, FixedOffset};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::open_enum::open_enum;

open_enum! {
    /// The name of a webhook event (`event` in the envelope), `truto_entity:action`.
    ///
    /// The named variants are the event types listed in Truto's docs (the "List of webhook
    /// event types" guide and the `event_types` of `POST /webhook`); that list is known to
    /// be incomplete, so any other name is kept in [`WebhookEventType::Other`] and
    /// serialized back unchanged, and more variants may be added in later versions.
    ///
    /// ```
    /// use truto::webhook::WebhookEventType;
    ///
    /// let known: WebhookEventType = "sync_job_run:completed".into();
    /// assert_eq!(known, WebhookEventType::SyncJobRunCompleted);
    /// assert_eq!(known.entity(), "sync_job_run");
    /// assert_eq!(known.action(), Some("completed"));
    ///
    /// let unknown: WebhookEventType = "ticket:escalated".into();
    /// assert_eq!(unknown, WebhookEventType::Other("ticket:escalated".to_owned()));
    /// assert_eq!(unknown.as_str(), "ticket:escalated");
    /// ```
    #[non_exhaustive]
    pub enum WebhookEventType {
        /// `integrated_account:created`: a new integrated account is connected (its
        /// credentials are saved; it may not be ready for API calls yet).
        IntegratedAccountCreated = "integrated_account:created",
        /// `integrated_account:updated`: an integrated account is updated.
        IntegratedAccountUpdated = "integrated_account:updated",
        /// `integrated_account:active`: an integrated account is active and ready to use.
        IntegratedAccountActive = "integrated_account:active",
        /// `integrated_account:reactivated`: an account in `needs_reauth` state works again
        /// (Truto saw calls succeed; not sent on re-authentication).
        IntegratedAccountReactivated = "integrated_account:reactivated",
        /// `integrated_account:authentication_error`: refreshing the access token failed, or
        /// the credentials are no longer valid.
        IntegratedAccountAuthenticationError = "integrated_account:authentication_error",
        /// `integrated_account:post_install_error`: the post-install steps failed; the
        /// account needs re-authorization.
        IntegratedAccountPostInstallError = "integrated_account:post_install_error",
        /// `integrated_account:validation_error`: the connection validation steps failed;
        /// the account needs re-authorization.
        IntegratedAccountValidationError = "integrated_account:validation_error",
        /// `integrated_account:post_connect_form_submitted`: the user submitted the
        /// post-connect form (RapidForm).
        IntegratedAccountPostConnectFormSubmitted =
            "integrated_account:post_connect_form_submitted",
        /// `sync_job_run:created`: a sync job run is created.
        SyncJobRunCreated = "sync_job_run:created",
        /// `sync_job_run:started`: a sync job run has started.
        SyncJobRunStarted = "sync_job_run:started",
        /// `sync_job_run:record`: records fetched from a resource during a sync job run.
        SyncJobRunRecord = "sync_job_run:record",
        /// `sync_job_run:completed`: a sync job run has completed.
        SyncJobRunCompleted = "sync_job_run:completed",
        /// `sync_job_run:failed`: a sync job run has failed.
        SyncJobRunFailed = "sync_job_run:failed",
        /// `sync_job_run:updated`: a sync job run has been updated.
        SyncJobRunUpdated = "sync_job_run:updated",
        /// `sync_job_run:deleted`: a sync job run has been deleted.
        SyncJobRunDeleted = "sync_job_run:deleted",
        /// `sync_job_cron_trigger:failed`: a sync job cron trigger failed.
        SyncJobCronTriggerFailed = "sync_job_cron_trigger:failed",
        /// `record:created`: a record was created in the underlying integration (needs
        /// webhooks set up for that integration).
        RecordCreated = "record:created",
        /// `record:updated`: a record was updated in the underlying integration.
        RecordUpdated = "record:updated",
        /// `record:deleted`: a record was deleted in the underlying integration.
        RecordDeleted = "record:deleted",
        /// `batch_job:completed`: a batch job has completed.
        BatchJobCompleted = "batch_job:completed",
        /// `batch_job:failed`: a batch job has failed.
        BatchJobFailed = "batch_job:failed",
        /// `batch_job:dry_run_completed`: a batch job's dry run has completed.
        BatchJobDryRunCompleted = "batch_job:dry_run_completed",
        /// `batch_job:dry_run_failed`: a batch job's dry run has failed.
        BatchJobDryRunFailed = "batch_job:dry_run_failed",
    }
}

impl WebhookEventType {
    /// The part before the first `:` (`integrated_account`, `sync_job_run`, `record`, ...),
    /// or the whole name if it has no `:`.
    pub fn entity(&self) -> &str {
        let name = self.as_str();
        name.split_once(':').map_or(name, |(entity, _)| entity)
    }

    /// The part after the first `:` (`created`, `completed`, ...), if there is one.
    pub fn action(&self) -> Option<&str> {
        self.as_str().split_once(':').map(|(_, action)| action)
    }
}

/// One webhook delivery's body: the event envelope, with a payload of type `P`.
///
/// `P` defaults to [`serde_json::Value`]; use your own type when you know what an event
/// carries (`integrated_account:*` events carry the integrated account, for instance).
/// Get one from [`WebhookVerifier::verify_event`](super::WebhookVerifier::verify_event),
/// which checks the signature first; decoding one directly with `serde_json` skips that
/// check.
///
/// Decoding follows Truto's docs and is forgiving where they promise nothing:
///
/// - `id`, `event` and `payload` are required; `environment_id`, `webhook_id` and
///   `created_at` are `Option`s that decode from `null` and from absence (and are left out
///   when encoded as `None`);
/// - the event name is read from `event`, or from `event_type` when `event` is absent (one
///   docs page names the attribute that way);
/// - unknown fields are ignored, unknown event names kept
///   ([`WebhookEventType::Other`]);
/// - `created_at` is RFC 3339 (`2023-06-16T09:21:21.000Z`), keeping its offset; a date
///   and time without offset (`2024-09-10 12:00:00`, `T` or space between) or a bare date
///   is read as UTC. Anything else is an error.
///
/// ```
/// use truto::webhook::{WebhookEvent, WebhookEventType};
///
/// let event: WebhookEvent = serde_json::from_str(
///     r#"{"id": "3a0d", "event": "integrated_account:created",
///         "payload": {"id": "79a3", "tenant_id": "acme-1"},
///         "environment_id": "ac15", "webhook_id": "b6d2",
///         "created_at": "2023-06-16T09:21:21.000Z"}"#,
/// )
/// .unwrap();
/// assert_eq!(event.event, WebhookEventType::IntegratedAccountCreated);
/// assert_eq!(event.payload["tenant_id"], "acme-1");
/// assert_eq!(event.created_at.unwrap().timestamp(), 1_686_907_281);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawWebhookEvent<P>")]
pub struct WebhookEvent<P = Value> {
    /// The event's unique ID; the same on every retry of one delivery, so it is the key to
    /// drop duplicates by.
    pub id: String,
    /// The event's name, e.g. `integrated_account:created`.
    pub event: WebhookEventType,
    /// The data of the event; in most cases the resource as it is after the action.
    pub payload: P,
    /// The environment the event belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
    /// The webhook that sent the event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webhook_id: Option<String>,
    /// When the event was generated. Truto suggests ignoring events older than a time
    /// window of your choosing, to defeat replays.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<DateTime<FixedOffset>>,
}

impl<P> WebhookEvent<P> {
    /// An event with the given ID, name and payload, and no environment, webhook or time.
    ///
    /// For building deliveries in tests: serialize it, [`sign`](super::sign) the bytes,
    /// and send both to the handler under test.
    pub fn new(id: impl Into<String>, event: impl Into<WebhookEventType>, payload: P) -> Self {
        WebhookEvent {
            id: id.into(),
            event: event.into(),
            payload,
            environment_id: None,
            webhook_id: None,
            created_at: None,
        }
    }
}

/// The envelope as sent, before the event name is settled.
#[derive(Deserialize)]
struct RawWebhookEvent<P> {
    id: String,
    #[serde(default)]
    event: Option<WebhookEventType>,
    #[serde(default)]
    event_type: Option<WebhookEventType>,
    payload: P,
    #[serde(default)]
    environment_id: Option<String>,
    #[serde(default)]
    webhook_id: Option<String>,
    #[serde(default, deserialize_with = "crate::timestamp::deserialize_option")]
    created_at: Option<DateTime<FixedOffset>>,
}

impl<P> TryFrom<RawWebhookEvent<P>> for WebhookEvent<P> {
    type Error = &'static str;

    fn try_from(raw: RawWebhookEvent<P>) -> Result<Self, Self::Error> {
        Ok(WebhookEvent {
            id: raw.id,
            event: raw
                .event
                .or(raw.event_type)
                .ok_or("missing field `event`")?,
            payload: raw.payload,
            environment_id: raw.environment_id,
            webhook_id: raw.webhook_id,
            created_at: raw.created_at,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timestamp::parse_timestamp;
    use serde_json::json;

    #[test]
    fn event_names_split_into_entity_and_action() {
        let name = WebhookEventType::IntegratedAccountPostConnectFormSubmitted;
        assert_eq!(name.entity(), "integrated_account");
        assert_eq!(name.action(), Some("post_connect_form_submitted"));
        let bare = WebhookEventType::from("test");
        assert_eq!(bare.entity(), "test");
        assert_eq!(bare.action(), None);
        assert!(!bare.is_known());
        // Only the first colon splits.
        let odd = WebhookEventType::from("a:b:c");
        assert_eq!((odd.entity(), odd.action()), ("a", Some("b:c")));
    }

    #[test]
    fn every_known_name_is_entity_colon_action() {
        for name in WebhookEventType::KNOWN {
            let event = WebhookEventType::from(*name);
            assert!(event.is_known());
            assert!(
                event.action().is_some_and(|action| !action.is_empty()),
                "{name}"
            );
        }
    }

    #[test]
    fn timestamps_in_every_accepted_form() {
        let utc = |text: &str| {
            parse_timestamp(text).map(|t| (t.timestamp(), t.offset().local_minus_utc()))
        };
        assert_eq!(utc("2023-06-16T09:21:21.000Z"), Some((1_686_907_281, 0)));
        assert_eq!(
            utc("2023-06-16T11:21:21+02:00"),
            Some((1_686_907_281, 7200))
        );
        assert_eq!(utc("2023-06-16 09:21:21"), Some((1_686_907_281, 0)));
        assert_eq!(utc("2023-06-16T09:21:21.5"), Some((1_686_907_281, 0)));
        assert_eq!(utc("2023-06-16 09:21:21+00:00"), Some((1_686_907_281, 0)));
        assert_eq!(utc("2023-06-16"), Some((1_686_873_600, 0)));
        assert_eq!(utc("yesterday"), None);
        assert_eq!(utc(""), None);
    }

    #[test]
    fn created_at_null_absent_and_invalid() {
        let base = json!({"id": "e", "event": "record:created", "payload": {}});
        let with = |value: Value| {
            let mut envelope = base.clone();
            envelope["created_at"] = value;
            serde_json::from_value::<WebhookEvent>(envelope)
        };
        assert_eq!(with(Value::Null).unwrap().created_at, None);
        assert!(with(json!("2024-09-10 12:00:00"))
            .unwrap()
            .created_at
            .is_some());
        let error = with(json!("soon")).unwrap_err().to_string();
        assert!(error.contains("RFC 3339"), "{error}");
        assert!(with(json!(1_700_000_000)).is_err());
        let absent: WebhookEvent = serde_json::from_value(base).unwrap();
        assert_eq!(absent.created_at, None);
    }

    #[test]
    fn event_type_is_a_fallback_for_event() {
        let from_event_type: WebhookEvent = serde_json::from_value(
            json!({"id": "e", "event_type": "record:deleted", "payload": null}),
        )
        .unwrap();
        assert_eq!(from_event_type.event, WebhookEventType::RecordDeleted);
        // Both present: `event` wins.
        let both: WebhookEvent = serde_json::from_value(json!({
            "id": "e", "event": "record:created", "event_type": "record:deleted", "payload": 1
        }))
        .unwrap();
        assert_eq!(both.event, WebhookEventType::RecordCreated);
        let neither =
            serde_json::from_value::<WebhookEvent>(json!({"id": "e", "payload": 1})).unwrap_err();
        assert!(
            neither.to_string().contains("missing field `event`"),
            "{neither}"
        );
    }

    #[test]
    fn encoding_leaves_out_absent_fields_and_decodes_back() {
        let event = WebhookEvent::new("e1", "sync_job_run:completed", json!({"id": "r"}));
        let encoded = serde_json::to_value(&event).unwrap();
        assert_eq!(
            encoded,
            json!({"id": "e1", "event": "sync_job_run:completed", "payload": {"id": "r"}})
        );
        assert_eq!(
            serde_json::from_value::<WebhookEvent>(encoded).unwrap(),
            event
        );

        let mut full = event.clone();
        full.environment_id = Some("env".into());
        full.webhook_id = Some("wh".into());
        full.created_at = parse_timestamp("2024-09-10T12:00:00+05:30");
        let text = serde_json::to_string(&full).unwrap();
        assert_eq!(serde_json::from_str::<WebhookEvent>(&text).unwrap(), full);
    }
}
