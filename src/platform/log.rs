//! The `log` resource of the admin API (`GET /log`): the read-only logs of unified and proxy
//! API calls, sync job runs (RapidBridge), webhook deliveries, MCP calls and cron triggers.
//!
//! Sources:
//!
//! - Truto's API reference, "List logs" (`truto.one/docs/api-reference/admin/logs/list`) and
//!   the "Logs Object" page (`.../admin/logs`): `GET /log` only; query `log_type` REQUIRED
//!   (`unified_proxy_api`, `rapid_bridge`, `webhook`, `mcp`, `sync_job_cron_trigger`),
//!   `created_at[gt]` / `created_at[lt]` (ISO 8601; `gt` needs `lt`, at most one month
//!   apart; `lt` alone is allowed), `limit` (default 100), `next_cursor`, `log_type_filter`
//!   (`request_type` (`proxy` / `unified`) for `unified_proxy_api`; `integrated_account_id`,
//!   `environment_id`, `mcp_server_id`, `mcp_method`, `tool_name`, `resource`, `method`,
//!   `client_name`, `client_version`, `request_id` for `mcp`); entries `_id`, `timestamp`,
//!   `log_type` (echoed on every row), `metadata` (`duration`, `fetch_duration`, `message`,
//!   `method`, `resource`, `request_type` (`proxy`, `unified`, `mcp`),
//!   `integrated_account_id`, `integration`, `environment_id`; "fields vary by `log_type`").
//! - Truto's notes (`skills/truto/references/files-and-logs.md`): `limit` at most 100; more
//!   filters per type (`rapid_bridge`: `integrated_account_id`, `sync_job_run_id`,
//!   `sync_job_id`, `environment_id`; `webhook`: `environment_id`, `webhook_id`, `event`;
//!   `unified_proxy_api`: `integration`); example entries with their fields at the top level
//!   (`service`, `status`, `num_records`, `logs`, `http_status_code`, ...), and "Most fields
//!   on log entries are optional".
//! - The official SDKs: TypeScript `src/resources/log.ts` (`list` only, query `log_type`
//!   required, `created_at {gt, lt}`, `log_type_filter {request_type}`; entries `_id`,
//!   `timestamp`, `metadata`), Python `log.py` (`list` only).
//!
//! Log entries are read-only: there is no get, create, update or delete. An entry's `_id` is
//! optional here (the notes' examples have none), and the fields outside `metadata`, which
//! depend on the log type, are kept in [`Log::fields`]. The one-month limit is the server's
//! to check; the query only makes `gt` without `lt` impossible to build.
//!
//! Here: the models [`Log`], [`LogMetadata`], [`LogType`], [`LogRequestType`]; the list
//! query [`ListLogsQuery`] and its time range [`LogTimeRange`]; the endpoint, [`LogsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::open_enum::open_enum;
use crate::{truto_endpoint, Api, Client, Paginator};

open_enum! {
    /// The kind of a log (`log_type`), as the reference lists them.
    pub enum LogType {
        /// `unified_proxy_api`: unified and proxy API calls.
        UnifiedProxyApi = "unified_proxy_api",
        /// `rapid_bridge`: sync job runs.
        RapidBridge = "rapid_bridge",
        /// `webhook`: webhook deliveries.
        Webhook = "webhook",
        /// `mcp`: MCP server calls.
        Mcp = "mcp",
        /// `sync_job_cron_trigger`: sync job cron triggers.
        SyncJobCronTrigger = "sync_job_cron_trigger",
    }
}

open_enum! {
    /// Which API served a logged request (`request_type`).
    pub enum LogRequestType {
        /// `proxy`: the proxy API.
        Proxy = "proxy",
        /// `unified`: a unified API.
        Unified = "unified",
        /// `mcp`: an MCP server.
        Mcp = "mcp",
    }
}

/// A log entry's `metadata`: what the reference documents of it. Other keys are kept in
/// [`extra`](Self::extra).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct LogMetadata {
    /// Milliseconds from Truto receiving the request to sending the response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<f64>,
    /// Milliseconds spent fetching from the upstream API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fetch_duration: Option<f64>,
    /// What happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The Truto method called (`list`, `get`, ..., or a custom method).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// The Truto resource called.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    /// Which API served the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_type: Option<LogRequestType>,
    /// The integrated account the request was made for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integrated_account_id: Option<String>,
    /// The integration that handled it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration: Option<String>,
    /// The environment the log belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
    /// Other keys, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A log entry (read-only).
///
/// Every field decodes from `null` and from absence; the top-level fields this type does
/// not name are in [`fields`](Self::fields).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Log {
    /// The entry's unique identifier (`_id`).
    #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The kind of log (echoed from the query).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_type: Option<LogType>,
    /// When the entry was recorded.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub timestamp: Option<DateTime<FixedOffset>>,
    /// What the reference documents of the entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<LogMetadata>,
    /// Every other top-level field (which depend on the log type, e.g. `status`,
    /// `num_records`, `logs` for `rapid_bridge`), kept as sent.
    #[serde(flatten)]
    pub fields: Map<String, Value>,
}

/// The `created_at` range of a log query: after an instant and before another (`gt` needs
/// `lt`, as the reference requires), or only before one.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct LogTimeRange {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    gt: Option<DateTime<FixedOffset>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lt: Option<DateTime<FixedOffset>>,
}

impl LogTimeRange {
    /// Entries created after `after` and before `before` (Truto allows at most one month
    /// between them).
    pub fn between(after: DateTime<FixedOffset>, before: DateTime<FixedOffset>) -> Self {
        LogTimeRange {
            gt: Some(after),
            lt: Some(before),
        }
    }

    /// Entries created before `before`.
    pub fn before(before: DateTime<FixedOffset>) -> Self {
        LogTimeRange {
            gt: None,
            lt: Some(before),
        }
    }

    /// The lower bound (`gt`), if any.
    pub fn after_bound(&self) -> Option<DateTime<FixedOffset>> {
        self.gt
    }

    /// The upper bound (`lt`).
    pub fn before_bound(&self) -> Option<DateTime<FixedOffset>> {
        self.lt
    }
}

/// Query of `GET /log`: the log type (required), then `limit`, the time range,
/// `log_type_filter[...]` and free-form parameters.
///
/// Written out rather than declared with the crate's list-query macro, whose queries take
/// no required parameter.
///
/// ```
/// use chrono::DateTime;
/// use truto::platform::{ListLogsQuery, LogRequestType, LogType};
///
/// let from = DateTime::parse_from_rfc3339("2024-03-01T00:00:00Z").unwrap();
/// let to = DateTime::parse_from_rfc3339("2024-03-15T00:00:00Z").unwrap();
/// let query = ListLogsQuery::new(LogType::UnifiedProxyApi)
///     .created_between(from, to)
///     .request_type(LogRequestType::Proxy)
///     .limit(50);
/// assert_eq!(query.log_type, LogType::UnifiedProxyApi);
/// assert_eq!(query.log_type_filter["request_type"], "proxy");
/// ```
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ListLogsQuery {
    /// `limit`: entries per page (Truto's default and maximum: 100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// `log_type`: which logs.
    pub log_type: LogType,
    /// `created_at[gt]` / `created_at[lt]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<LogTimeRange>,
    /// `log_type_filter[key]=value`, in key order.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub log_type_filter: Map<String, Value>,
    /// Every other parameter, set with [`param`](Self::param), sent last in key order.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Setters of `log_type_filter` keys that take text.
macro_rules! filter_setters {
    ($( $(#[doc = $doc:expr])* $key:ident ),* $(,)?) => {
        $(
            $(#[doc = $doc])*
            #[must_use]
            pub fn $key(self, value: impl Into<String>) -> Self {
                self.filter(stringify!($key), value.into())
            }
        )*
    };
}

impl ListLogsQuery {
    /// The first page of the logs of `log_type`.
    pub fn new(log_type: impl Into<LogType>) -> Self {
        ListLogsQuery {
            limit: None,
            log_type: log_type.into(),
            created_at: None,
            log_type_filter: Map::new(),
            extra: Map::new(),
        }
    }

    /// Sets `limit`, the page size.
    #[must_use]
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Only entries created after `after` and before `before` (at most one month apart).
    #[must_use]
    pub fn created_between(
        mut self,
        after: DateTime<FixedOffset>,
        before: DateTime<FixedOffset>,
    ) -> Self {
        self.created_at = Some(LogTimeRange::between(after, before));
        self
    }

    /// Only entries created before `before`.
    #[must_use]
    pub fn created_before(mut self, before: DateTime<FixedOffset>) -> Self {
        self.created_at = Some(LogTimeRange::before(before));
        self
    }

    /// Sets `log_type_filter[key]` (for keys without a setter of their own).
    #[must_use]
    pub fn filter(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.log_type_filter.insert(key.into(), value.into());
        self
    }

    /// `log_type_filter[request_type]`: only proxy or only unified calls
    /// (`unified_proxy_api`).
    #[must_use]
    pub fn request_type(self, request_type: LogRequestType) -> Self {
        self.filter("request_type", request_type.as_str())
    }

    filter_setters! {
        /// `log_type_filter[integrated_account_id]`: one integrated account's entries.
        integrated_account_id,
        /// `log_type_filter[environment_id]`: one environment's entries.
        environment_id,
        /// `log_type_filter[integration]`: one integration's calls (`unified_proxy_api`, the
        /// notes).
        integration,
        /// `log_type_filter[sync_job_id]`: one sync job's runs (`rapid_bridge`, the notes).
        sync_job_id,
        /// `log_type_filter[sync_job_run_id]`: one run (`rapid_bridge`, the notes).
        sync_job_run_id,
        /// `log_type_filter[webhook_id]`: one webhook's deliveries (`webhook`, the notes).
        webhook_id,
        /// `log_type_filter[event]`: one event's deliveries (`webhook`, the notes).
        event,
        /// `log_type_filter[mcp_server_id]` (`mcp`).
        mcp_server_id,
        /// `log_type_filter[mcp_method]`, e.g. `tools/call` (`mcp`).
        mcp_method,
        /// `log_type_filter[tool_name]` (`mcp`).
        tool_name,
        /// `log_type_filter[resource]` (`mcp`).
        resource,
        /// `log_type_filter[method]` (`mcp`).
        method,
        /// `log_type_filter[client_name]` (`mcp`).
        client_name,
        /// `log_type_filter[client_version]` (`mcp`).
        client_version,
        /// `log_type_filter[request_id]` (`mcp`).
        request_id,
    }

    /// Sets another query parameter, sent last (an object value nests: `key[inner]=...`).
    #[must_use]
    pub fn param(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(key.into(), value.into());
        self
    }
}

/// The `log` resource: list (`GET /log`).
pub trait LogsApi: Api {
    /// Lists log entries of one type, newest pages as Truto orders them.
    #[truto_endpoint(GET, "/log")]
    fn list_logs(&self, #[query] query: &ListLogsQuery) -> Paginator<Log>;
}

impl LogsApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    #[test]
    fn entries_decode_the_reference_and_the_notes_shapes() {
        let reference: Log = serde_json::from_value(json!({
            "_id": "6660312f7183aa7f487bb924", "log_type": "unified_proxy_api",
            "timestamp": "2021-05-21T09:00:00.000Z",
            "metadata": {"duration": 100, "fetch_duration": 50.5, "method": "list",
                         "resource": "cards-search", "request_type": "proxy", "trace": "t1"}
        }))
        .unwrap();
        assert_eq!(reference.id.as_deref(), Some("6660312f7183aa7f487bb924"));
        assert_eq!(reference.log_type, Some(LogType::UnifiedProxyApi));
        let metadata = reference.metadata.unwrap();
        assert_eq!(metadata.duration, Some(100.0));
        assert_eq!(metadata.fetch_duration, Some(50.5));
        assert_eq!(metadata.request_type, Some(LogRequestType::Proxy));
        assert_eq!(metadata.extra["trace"], json!("t1"));
        assert!(reference.fields.is_empty());

        let notes: Log = serde_json::from_value(json!({
            "timestamp": "2024-09-10T12:00:00.000Z", "service": "truto-api",
            "sync_job_run_id": "22bb", "status": "completed", "num_records": 1234, "logs": [],
            "metadata": null, "log_type": "batch_job"
        }))
        .unwrap();
        assert_eq!(notes.id, None);
        assert_eq!(notes.log_type, Some(LogType::Other("batch_job".into())));
        assert_eq!(notes.metadata, None);
        assert_eq!(notes.fields["num_records"], json!(1234));
        assert_eq!(notes.fields["logs"], json!([]));
        assert_eq!(
            notes.timestamp.map(|at| at.timestamp()),
            Some(at("2024-09-10T12:00:00Z").timestamp())
        );
    }

    /// chrono writes a zero offset as `Z`; the filter keys go out in key order.
    #[test]
    fn the_query_sends_the_type_the_range_and_the_filters_qs_style() {
        let query = ListLogsQuery::new(LogType::RapidBridge)
            .created_between(at("2024-03-01T00:00:00Z"), at("2024-03-15T00:00:00+02:00"))
            .sync_job_run_id("22bb")
            .integrated_account_id("acc 1")
            .limit(20)
            .param("z", 1);
        assert_eq!(
            crate::query::to_query_string(&query).unwrap(),
            "limit=20&log_type=rapid_bridge\
             &created_at[gt]=2024-03-01T00%3A00%3A00Z\
             &created_at[lt]=2024-03-15T00%3A00%3A00%2B02%3A00\
             &log_type_filter[integrated_account_id]=acc%201\
             &log_type_filter[sync_job_run_id]=22bb&z=1"
        );
        let before =
            ListLogsQuery::new(LogType::Webhook).created_before(at("2024-03-15T00:00:00Z"));
        assert_eq!(before.created_at.as_ref().unwrap().after_bound(), None);
        assert_eq!(
            crate::query::to_query_string(&before).unwrap(),
            "log_type=webhook&created_at[lt]=2024-03-15T00%3A00%3A00Z"
        );
    }
}
