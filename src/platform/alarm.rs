//! The `alarm` resource of the admin API (`/alarm`): a timer Truto keeps for one entity
//! (e.g. a sync job cron trigger), firing on a cron expression, after a duration or at a
//! date.
//!
//! Sources:
//!
//! - The official SDKs: TypeScript `src/resources/alarm.ts` (list / get / create / update /
//!   delete; the model `id`, `name`, `environment_id`, `status` (a string), `config` (an
//!   object), timestamps; create `alarm_type` and `entity_id` required, `cron_expression`,
//!   `duration` (a number), `date` (a string); update: any of those; filters `alarm_type`,
//!   `entity_id`), Python `alarm.py` (the same five methods).
//! - Truto's notes (`skills/truto/references/files-and-logs.md`): `sync_job_cron_trigger`
//!   log entries carry `alarm_type: "sync_job_cron_trigger"` and `entity_id`, the only
//!   alarm type any source names.
//!
//! Truto's API reference and notes have no page for this resource: everything here is the
//! TypeScript SDK's types. The model also keeps `alarm_type`, `entity_id`,
//! `cron_expression`, `duration` and `date` when a response carries them (the create body's
//! fields; the TypeScript model does not list them). `status` is kept as text (no source
//! lists its values); `duration`'s unit and `date`'s format are not documented (`date` is
//! kept as text, `duration` as a number).
//!
//! Here: the models [`Alarm`], [`AlarmType`]; its write bodies [`CreateAlarm`],
//! [`UpdateAlarm`]; its list query [`ListAlarmsQuery`]; its endpoints, [`AlarmsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::admin_list_query;
use crate::open_enum::open_enum;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, Result};

open_enum! {
    /// What an alarm is for (`alarm_type`); the only value any source names is
    /// `sync_job_cron_trigger` (in the notes' log entries).
    pub enum AlarmType {
        /// `sync_job_cron_trigger`: the timer of a sync job cron trigger.
        SyncJobCronTrigger = "sync_job_cron_trigger",
    }
}

/// An alarm.
///
/// Every field but `id` decodes from `null` and from absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Alarm {
    /// The ID of the alarm.
    pub id: String,
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Its state (no source lists the values).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Its settings (no source gives their fields; kept as JSON).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<Map<String, Value>>,
    /// What it is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alarm_type: Option<AlarmType>,
    /// The entity it belongs to (e.g. a cron trigger's ID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// When it fires, as a cron expression.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cron_expression: Option<String>,
    /// After how long it fires (the unit is not documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<f64>,
    /// When it fires, as a date (the format is not documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The environment it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
    /// When the alarm was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the alarm was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
}

admin_body! {
    /// Body of `POST /alarm` (the TypeScript SDK's type: `alarm_type` and `entity_id`
    /// required; set one of `cron_expression`, `duration`, `date`).
    pub struct CreateAlarm {
        required {
            /// What the alarm is for.
            alarm_type: AlarmType,
            /// The entity it belongs to.
            entity_id: String,
        }
        optional {
            /// When it fires, as a cron expression.
            cron_expression: String,
            /// After how long it fires (whole units; the unit is not documented).
            duration: u64,
            /// When it fires, as a date.
            date: String,
        }
    }
}

admin_body! {
    /// Body of `PATCH /alarm/{id}` (the TypeScript SDK's type: any create field).
    pub struct UpdateAlarm {
        /// What the alarm is for.
        alarm_type: AlarmType,
        /// The entity it belongs to.
        entity_id: String,
        /// When it fires, as a cron expression.
        cron_expression: String,
        /// After how long it fires.
        duration: u64,
        /// When it fires, as a date.
        date: String,
    }
}

admin_list_query! {
    /// Query of `GET /alarm` (filters from the TypeScript SDK's type).
    pub struct ListAlarmsQuery {
        /// `alarm_type=...`.
        alarm_type: AlarmType,
        /// Only the alarms of this type.
        fn alarm_type(alarm_type: AlarmType);

        /// `entity_id=...`.
        entity_id: String,
        /// Only the alarms of this entity.
        fn entity_id(id: impl Into<String>) = id.into();
    }
}

/// The `alarm` resource: list, get, create, update, delete (`/alarm`).
pub trait AlarmsApi: Api {
    /// Lists alarms.
    #[truto_endpoint(GET, "/alarm")]
    fn list_alarms(&self, #[query] query: &ListAlarmsQuery) -> Paginator<Alarm>;

    /// Gets one alarm.
    #[truto_endpoint(GET, "/alarm/{id}")]
    async fn get_alarm(&self, id: &str) -> Result<Alarm>;

    /// Creates an alarm.
    #[truto_endpoint(POST, "/alarm")]
    async fn create_alarm(&self, #[body] body: &CreateAlarm) -> Result<Alarm>;

    /// Updates an alarm.
    #[truto_endpoint(PATCH, "/alarm/{id}")]
    async fn update_alarm(&self, id: &str, #[body] body: &UpdateAlarm) -> Result<Alarm>;

    /// Deletes an alarm.
    #[truto_endpoint(DELETE, "/alarm/{id}")]
    async fn delete_alarm(&self, id: &str) -> Result<Deleted>;
}

impl AlarmsApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn alarms_decode_unknown_types_nulls_and_fractional_durations() {
        let alarm: Alarm = serde_json::from_value(json!({
            "id": "al1", "name": "nightly", "status": "armed", "config": null,
            "alarm_type": "webhook_retry", "entity_id": "wh1", "duration": 1.5,
            "date": null, "fired": 3
        }))
        .unwrap();
        assert_eq!(
            alarm.alarm_type,
            Some(AlarmType::Other("webhook_retry".into()))
        );
        assert_eq!(alarm.duration, Some(1.5));
        assert_eq!(alarm.config, None);
        assert_eq!(alarm.status.as_deref(), Some("armed"));
        assert!(serde_json::from_value::<Alarm>(json!({"name": "x"})).is_err());
    }
}
