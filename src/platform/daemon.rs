//! The `daemon` resource of the admin API (`/daemon`): a long-running background worker
//! that picks up daemon job runs and daemon sync job runs of its group (`group_key`).
//!
//! Sources:
//!
//! - The official SDKs: TypeScript `src/resources/daemon.ts` (list / get / create / update /
//!   delete; the model `id`, `environment_id`, `label`, `status` (`stopped`, `active`,
//!   `stopping`, `starting`), `metadata`, `group_key`, `last_active_at`, `lock`, timestamps;
//!   create `label`, `status`, `group_key` required, `metadata`; update all of those plus
//!   `last_active_at`, `lock`), Python `daemon.py` (the same five methods).
//! - Truto's CLI notes (`truto-cli/references/admin-commands.md`): "Long-running background
//!   worker identities. Full CRUD"; the create example sends only `label`.
//!
//! Truto's API reference has no stored page for this resource: nothing here is confirmed
//! by it. [`CreateDaemon`] requires only `label` (the CLI example creates a daemon from it
//! alone) although the TypeScript type also requires `status` and `group_key`; set them
//! with the setters. No filters are documented for the list.
//!
//! Here: the models [`Daemon`], [`DaemonStatus`]; its write bodies [`CreateDaemon`],
//! [`UpdateDaemon`]; its list query [`ListDaemonsQuery`]; its endpoints, [`DaemonsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::admin_list_query;
use crate::open_enum::open_enum;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, Result};

open_enum! {
    /// The state of a daemon, as the TypeScript SDK's type lists them.
    pub enum DaemonStatus {
        /// `stopped`.
        Stopped = "stopped",
        /// `active`.
        Active = "active",
        /// `stopping`.
        Stopping = "stopping",
        /// `starting`.
        Starting = "starting",
    }
}

/// A daemon: a background worker of one group.
///
/// Every field but `id` decodes from `null` and from absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Daemon {
    /// The ID of the daemon.
    pub id: String,
    /// A human-readable label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Its state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonStatus>,
    /// The group it serves (runs are assigned by `daemon_group_key`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_key: Option<String>,
    /// Free-form metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Map<String, Value>>,
    /// When it was last seen working.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_active_at: Option<DateTime<FixedOffset>>,
    /// The lock it holds, if any (no source says what it contains).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock: Option<String>,
    /// The environment it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
    /// When the daemon was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the daemon was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
}

admin_body! {
    /// Body of `POST /daemon`. The TypeScript type also requires `status` and `group_key`.
    pub struct CreateDaemon {
        required {
            /// A human-readable label.
            label: String,
        }
        optional {
            /// Its initial state.
            status: DaemonStatus,
            /// The group it serves.
            group_key: String,
            /// Free-form metadata.
            metadata: Map<String, Value>,
        }
    }
}

admin_body! {
    /// Body of `PATCH /daemon/{id}` (fields from the TypeScript SDK's type). To release the
    /// lock, send `null` with [`field`](Self::field): `.field("lock", serde_json::Value::Null)`.
    pub struct UpdateDaemon {
        /// A human-readable label.
        label: String,
        /// Its state.
        status: DaemonStatus,
        /// The group it serves.
        group_key: String,
        /// Free-form metadata.
        metadata: Map<String, Value>,
        /// When it was last seen working.
        last_active_at: DateTime<FixedOffset>,
        /// The lock it holds.
        lock: String,
    }
}

admin_list_query! {
    /// Query of `GET /daemon`: no source documents filters; send any with
    /// [`param`](Self::param).
    pub struct ListDaemonsQuery {}
}

/// The `daemon` resource: list, get, create, update, delete (`/daemon`).
pub trait DaemonsApi: Api {
    /// Lists daemons.
    #[truto_endpoint(GET, "/daemon")]
    fn list_daemons(&self, #[query] query: &ListDaemonsQuery) -> Paginator<Daemon>;

    /// Gets one daemon.
    #[truto_endpoint(GET, "/daemon/{id}")]
    async fn get_daemon(&self, id: &str) -> Result<Daemon>;

    /// Creates a daemon.
    #[truto_endpoint(POST, "/daemon")]
    async fn create_daemon(&self, #[body] body: &CreateDaemon) -> Result<Daemon>;

    /// Updates a daemon.
    #[truto_endpoint(PATCH, "/daemon/{id}")]
    async fn update_daemon(&self, id: &str, #[body] body: &UpdateDaemon) -> Result<Daemon>;

    /// Deletes a daemon.
    #[truto_endpoint(DELETE, "/daemon/{id}")]
    async fn delete_daemon(&self, id: &str) -> Result<Deleted>;
}

impl DaemonsApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn daemons_decode_unknown_states_and_a_released_lock() {
        let daemon: Daemon = serde_json::from_value(json!({
            "id": "dm01", "status": "draining", "lock": null, "last_active_at": null,
            "metadata": {"host": "a"}, "version": 2
        }))
        .unwrap();
        assert_eq!(daemon.status, Some(DaemonStatus::Other("draining".into())));
        assert_eq!(daemon.lock, None);
        assert_eq!(daemon.metadata.unwrap()["host"], json!("a"));
        assert!(serde_json::from_value::<Daemon>(json!({"label": "x"})).is_err());
    }

    #[test]
    fn the_update_body_can_release_the_lock() {
        let body = UpdateDaemon::new()
            .status(DaemonStatus::Stopping)
            .field("lock", Value::Null);
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            json!({"status": "stopping", "lock": null})
        );
    }
}
