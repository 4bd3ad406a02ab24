//! Logs: [`LogsApi::list_logs`](truto::platform::LogsApi::list_logs) over loopback HTTP: the
//! required log type, the time range and `log_type_filter`, paged; entries are read-only.

use serde_json::json;
use truto::platform::{ListLogsQuery, Log, LogRequestType, LogType, LogsApi};
use truto_mock::MockServer;

use crate::support::*;
use crate::ticketing_support::at;

#[tokio::test]
async fn logs_list_pages_a_type_a_time_range_and_a_request_type() {
    // Seeded entries 1..3: unified_proxy_api proxy calls at 00:10, 00:20, 00:30 (the fixture).
    let env = Env::start(MockServer::builder().seed("log", 3)).await;
    env.mock.insert(
        "log",
        json!({"id": "k1", "_id": "log-webhook", "log_type": "webhook",
               "timestamp": "2024-01-01T00:35:00Z", "webhook_id": "wh-1"}),
    );
    env.mock.insert(
        "log",
        json!({"id": "k2", "_id": "log-unified", "log_type": "unified_proxy_api",
               "timestamp": "2024-01-01T00:40:00Z", "metadata": {"request_type": "unified"}}),
    );
    env.mock.insert(
        "log",
        json!({"id": "k3", "_id": "log-proxy-late", "log_type": "unified_proxy_api",
               "timestamp": "2024-01-01T00:50:00Z", "metadata": {"request_type": "proxy"},
               "http_status_code": 502}),
    );
    let query = ListLogsQuery::new(LogType::UnifiedProxyApi)
        .created_between(at("2024-01-01T00:15:00Z"), at("2024-01-01T01:00:00Z"))
        .request_type(LogRequestType::Proxy)
        .limit(2);
    let entries: Vec<Log> = env.client.list_logs(&query).collect_all().await.unwrap();
    let ids: Vec<Option<&str>> = entries.iter().map(|entry| entry.id.as_deref()).collect();
    // 00:10 is before the range; the webhook and the unified call are filtered out.
    assert_eq!(
        ids,
        [
            Some("log-000002"),
            Some("log-000003"),
            Some("log-proxy-late")
        ]
    );
    let first_page = "limit=2&log_type=unified_proxy_api\
                      &created_at[gt]=2024-01-01T00%3A15%3A00Z\
                      &created_at[lt]=2024-01-01T01%3A00%3A00Z\
                      &log_type_filter[request_type]=proxy";
    assert_pages(
        &env,
        "/log",
        &[
            Some(first_page),
            // base64url of `v1:log:f:5`: the next match is at store position 5.
            Some(&format!("{first_page}&next_cursor=djE6bG9nOmY6NQ")),
        ],
    );

    // Seeded entry 2 is fixtures/platform/log.json, shown at its store time.
    let entry = &entries[0];
    assert_eq!(entry.log_type, Some(LogType::UnifiedProxyApi));
    assert_eq!(entry.timestamp, Some(at("2024-01-01T00:20:00Z")));
    let metadata = entry.metadata.as_ref().unwrap();
    assert_eq!(metadata.duration, Some(100.0));
    assert_eq!(metadata.fetch_duration, Some(50.0));
    assert_eq!(
        metadata.message.as_deref(),
        Some("Request to fetch data from remote API.")
    );
    assert_eq!(metadata.method.as_deref(), Some("list"));
    assert_eq!(metadata.resource.as_deref(), Some("cards-search"));
    assert_eq!(metadata.request_type, Some(LogRequestType::Proxy));
    assert_eq!(
        metadata.integrated_account_id.as_deref(),
        Some("1ba1f401-7183-47c5-9e39-e8e257e3c795")
    );
    assert_eq!(metadata.integration.as_deref(), Some("hubspot"));
    assert_eq!(
        metadata.environment_id.as_deref(),
        Some("1ba1f401-7183-47c5-9e39-e8e257e3c795")
    );
    assert!(entry.fields.is_empty(), "{:?}", entry.fields);
    // Fields outside `metadata` are kept.
    assert_eq!(entries[2].fields["http_status_code"], json!(502));

    let webhooks = ListLogsQuery::new(LogType::Webhook).webhook_id("wh-1");
    let delivered: Vec<Log> = env.client.list_logs(&webhooks).collect_all().await.unwrap();
    assert_eq!(delivered.len(), 1);
    assert_eq!(delivered[0].fields["webhook_id"], json!("wh-1"));
    assert_pages(
        &env,
        "/log",
        &[Some("log_type=webhook&log_type_filter[webhook_id]=wh-1")],
    );
}

#[tokio::test]
async fn the_reference_time_range_rules_are_the_servers_answers() {
    let env = Env::start(MockServer::builder().seed("log", 1)).await;
    let too_long = ListLogsQuery::new(LogType::RapidBridge)
        .created_between(at("2024-01-01T00:00:00Z"), at("2024-03-01T00:00:00Z"));
    let refused: truto::Result<Vec<Log>> = env.client.list_logs(&too_long).collect_all().await;
    assert_bad_request(
        refused,
        "created_at[gt] and created_at[lt] must be at most one month apart",
    );
    // `gt` without `lt` cannot be built with the typed setters; sent by hand, it is refused.
    let after_only = ListLogsQuery::new(LogType::RapidBridge)
        .param("created_at", json!({"gt": "2024-01-01T00:00:00Z"}));
    let refused: truto::Result<Vec<Log>> = env.client.list_logs(&after_only).collect_all().await;
    assert_bad_request(
        refused,
        "created_at[lt] is required when created_at[gt] is set",
    );
    let before =
        ListLogsQuery::new(LogType::UnifiedProxyApi).created_before(at("2030-01-01T00:00:00Z"));
    let all: Vec<Log> = env.client.list_logs(&before).collect_all().await.unwrap();
    assert_eq!(all.len(), 1);
    env.take();
}
