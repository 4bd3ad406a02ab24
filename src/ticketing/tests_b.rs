//! Tests of the part-B ticketing resources against hand-written fixtures in `tests/fixtures/`.
//!
//! Per resource: `<resource>_full.json` fills every documented field, `<resource>_only_id.json`
//! only `id`, `<resource>_nulls.json` has `null` in every optional field (nested objects
//! with `null` members). Each decodes field by field, and decode -> encode -> decode is the
//! identity. Write bodies and list queries are checked against JSON and query strings
//! written out by hand.

use std::fmt::Debug;

use chrono::{DateTime, FixedOffset};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Map, Value};

use super::*;
use crate::query::to_query_string;
use crate::Compare;

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!("../../tests/fixtures/", $name))
    };
}

fn time(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        other => panic!("not an object: {other}"),
    }
}

fn s(text: &str) -> Option<String> {
    Some(text.to_owned())
}

fn id_ref(id: &str) -> Reference {
    Reference::with_id(id)
}

/// `Some(Reference::default())`: what `{"id": null, "name": null}` decodes to.
fn null_ref() -> Option<Reference> {
    Some(Reference::default())
}

/// Decodes `text`, checks that encoding and decoding again gives the same value, and
/// compares the value with `want`.
fn check<T: DeserializeOwned + Serialize + PartialEq + Debug>(text: &str, want: T) {
    let first: T = serde_json::from_str(text).expect("fixture decodes");
    let again: T = serde_json::from_value(serde_json::to_value(&first).unwrap()).unwrap();
    assert_eq!(again, first);
    assert_eq!(first, want);
}

/// Encodes a body and compares it with the JSON written out by hand.
fn body<T: Serialize>(body: &T, want: Value) {
    assert_eq!(serde_json::to_value(body).unwrap(), want);
}

/// Encodes a list query and compares it with the query string written out by hand.
fn assert_query<T: Serialize>(query: &T, want: &str) {
    assert_eq!(to_query_string(query).unwrap(), want);
}

#[test]
fn collection_decodes() {
    let full = CollectionRecord {
        name: s("Q3 Billing Revamp"),
        description: s("Everything about the new invoices"),
        kind: Some(CollectionType::Epic),
        parent_collection_id: s("col_7"),
        urls: Some(vec![
            CollectionUrl::new("https://tracker.example.com/epics/42"),
            CollectionUrl::new("https://tracker.example.com/e/42"),
        ]),
        workspace: Some(Reference::new("ws_1", "Finance")),
        created_at: Some(time("2024-02-01T09:30:00Z")),
        updated_at: Some(time("2024-03-15T17:05:12.500+05:30")),
        etag: s("W/\"c42\""),
        entity_type: Some(CollectionEntityType::Ticket),
        remote_data: Some(object(json!({
            "key": "BILL-42", "fields": {"summary": "Q3 Billing Revamp", "points": 13}
        }))),
        ..CollectionRecord::new("col_42")
    };
    // The offset that was sent is kept.
    assert_eq!(full.updated_at.unwrap().offset().local_minus_utc(), 19_800);
    check(fixture!("collection_full.json"), full);
    let id_only = CollectionRecord::new("col_42");
    check(fixture!("collection_only_id.json"), id_only.clone());
    let nulls = CollectionRecord {
        urls: Some(vec![CollectionUrl::default()]),
        workspace: null_ref(),
        ..id_only
    };
    check(fixture!("collection_nulls.json"), nulls);
    assert!(serde_json::from_str::<CollectionRecord>(r#"{"name": "no id"}"#).is_err());
}

#[test]
fn collection_bodies_and_query_serialize_as_documented() {
    let create = CreateCollection::new()
        .name("Q4 Roadmap")
        .description("Next quarter")
        .parent_collection_id("col_7")
        .account_id("acc_1")
        .remote_field("color", "blue")
        .field("visibility", "team");
    body(
        &create,
        json!({
            "name": "Q4 Roadmap", "description": "Next quarter", "parent_collection_id": "col_7",
            "account_id": "acc_1", "remote_data": {"color": "blue"}, "visibility": "team"
        }),
    );
    body(
        &UpdateCollection::new().name("Renamed"),
        json!({"name": "Renamed"}),
    );
    body(&UpdateCollection::new(), json!({}));

    let bare = ListCollectionsQuery::new("acc-1");
    assert_query(&bare, "integrated_account_id=acc-1");
    let q = ListCollectionsQuery::new("acc-1")
        .limit(50)
        .workspace_id("ws_1")
        .sort_by(SortBy::desc("created_at").then_asc("name"))
        .kind(CollectionType::Project)
        .parent_collection_id("col 7")
        .created_at(Compare::gte(time("2024-01-01T00:00:00Z")))
        .updated_at(Compare::lt(time("2024-06-01T12:30:00+02:00")))
        .organization_id("org_1")
        .param("name", "Road map");
    assert_query(
        &q,
        "integrated_account_id=acc-1&limit=50\
         &workspace[id]=ws_1\
         &sort_by[created_at]=desc&sort_by[name]=asc\
         &type=project\
         &parent_collection_id=col%207\
         &organization[id]=org_1\
         &created_at[gte]=2024-01-01T00%3A00%3A00Z\
         &updated_at[lt]=2024-06-01T12%3A30%3A00%2B02%3A00\
         &name=Road%20map",
    );
    let named = ListCollectionsQuery {
        workspace: Some(Reference::new("ws_1", "Finance")),
        sort_by: Some(SortBy::new()),
        ..bare
    };
    // An empty `sort_by` sends nothing.
    assert_query(
        &named,
        "integrated_account_id=acc-1&workspace[id]=ws_1&workspace[name]=Finance",
    );
}

#[test]
fn field_decodes() {
    let full = Field {
        id: s("fld_9"),
        name: s("customfield_10042"),
        label: s("Customer tier"),
        description: s("Support tier of the customer"),
        kind: Some(FieldType::Enum),
        format: s("single_select"),
        is_hidden: Some(false),
        is_unique: Some(false),
        is_required: Some(true),
        options: Some(vec![
            FieldOption {
                description: s("24/7"),
                is_hidden: Some(false),
                ..FieldOption::new("Gold", "gold")
            },
            FieldOption {
                is_hidden: Some(true),
                ..FieldOption::new("Legacy", "legacy")
            },
        ]),
        is_user_defined: Some(true),
        entity_type: Some(FieldEntityType::Ticket),
        entity_id: s("tt_3"),
        created_at: Some(time("2023-11-20T08:00:00Z")),
        updated_at: Some(time("2024-01-02T10:11:12-03:00")),
        etag: s("7"),
        applicable_in: Some(FieldApplicableIn::Workspace),
        applicable_for: s("ws_1"),
        ticket_type: s("tt_3"),
        status: Some(FieldStatus::Active),
        remote_data: Some(object(
            json!({"id": "customfield_10042", "schema": {"type": "x"}}),
        )),
    };
    check(fixture!("field_full.json"), full);
    let id_only = Field {
        id: s("fld_9"),
        ..Field::default()
    };
    check(fixture!("field_only_id.json"), id_only);
    let nulls = Field {
        options: Some(vec![FieldOption::default()]),
        ..Field::default()
    };
    check(fixture!("field_nulls.json"), nulls);
    check("{}", Field::default());
}

#[test]
fn field_bodies_and_query_serialize_as_documented() {
    let create = CreateField::new()
        .name("tier")
        .label("Customer tier")
        .description("Support tier")
        .kind(FieldType::Enum)
        .entity_type(FieldEntityType::Contact)
        .is_hidden(false)
        .is_required(true)
        .option(FieldOption::new("Gold", "gold"))
        .option(FieldOption {
            is_hidden: Some(true),
            ..FieldOption::new("Old", "old")
        })
        .remote_field("position", 3);
    body(
        &create,
        json!({
            "name": "tier", "label": "Customer tier", "description": "Support tier",
            "type": "enum", "entity_type": "contact", "is_hidden": false, "is_required": true,
            "options": [
                {"label": "Gold", "value": "gold"},
                {"label": "Old", "value": "old", "is_hidden": true}
            ],
            "remote_data": {"position": 3}
        }),
    );
    let update = UpdateField::new().kind("number").entity_type("ticket");
    body(&update, json!({"type": "number", "entity_type": "ticket"}));

    let q = ListFieldsQuery::new("acc-1")
        .collection_id("col_1")
        .entity_type(FieldEntityType::TicketType)
        .workspace_id("ws_1")
        .entity_id("tt_3")
        .ticket_type_id("tt_3")
        .name("tier")
        .organization_id("org_1");
    assert_query(
        &q,
        "integrated_account_id=acc-1&collection[id]=col_1&entity_type=ticket_type\
         &workspace[id]=ws_1&entity_id=tt_3&ticket_type[id]=tt_3&name=tier&organization[id]=org_1",
    );
}

#[test]
fn organization_decodes() {
    let id_only = Organization::new("org_77");
    let full = Organization {
        name: s("Acme Support"),
        remote_data: Some(object(json!({"portal_name": "acme"}))),
        ..id_only.clone()
    };
    check(fixture!("organization_full.json"), full);
    check(fixture!("organization_only_id.json"), id_only.clone());
    check(fixture!("organization_nulls.json"), id_only);
}

#[test]
fn tag_decodes() {
    let full = Tag {
        id: s("tag_5"),
        name: s("billing"),
        color: s("#ff8800"),
        workspace: Some(Reference::new("ws_1", "Finance")),
        created_at: Some(time("2024-01-05T12:00:00Z")),
        // A bare date is read as midnight UTC.
        updated_at: Some(time("2024-01-06T00:00:00Z")),
        etag: s("e5"),
        status: Some(TagStatus::Active),
        parent: Some(id_ref("tag_1")),
        remote_data: Some(object(json!({"label_id": 5}))),
    };
    check(fixture!("tag_full.json"), full);
    let id_only = Tag {
        id: s("tag_5"),
        ..Tag::default()
    };
    check(fixture!("tag_only_id.json"), id_only);
    let nulls = Tag {
        workspace: null_ref(),
        parent: null_ref(),
        ..Tag::default()
    };
    check(fixture!("tag_nulls.json"), nulls);
}

#[test]
fn tag_bodies_and_query_serialize_as_documented() {
    let create = CreateTag::new().name("vip").color("#00ff00");
    let create = create.remote_field("scope", "ticket");
    body(
        &create,
        json!({"name": "vip", "color": "#00ff00", "remote_data": {"scope": "ticket"}}),
    );
    let update = UpdateTag::new().name("VIP").parent_id("tag_1");
    let update = update.field("description", "x");
    body(
        &update,
        json!({"name": "VIP", "parent": {"id": "tag_1"}, "description": "x"}),
    );
    let q = ListTagsQuery::new("acc-1").limit(100).collection_id("p_9");
    assert_query(
        &q,
        "integrated_account_id=acc-1&limit=100&collection[id]=p_9",
    );
}

#[test]
fn task_decodes() {
    let id_only = Task::new("task_100");
    let full = Task {
        name: s("Call the customer back"),
        assignees: Some(vec![Reference::new("u_1", "Ana Souza"), id_ref("u_2")]),
        description: s("Confirm the refund was received"),
        due_date: Some(time("2024-04-30T00:00:00Z")),
        ticket: Some(id_ref("35436")),
        task_list: Some(id_ref("tl_3")),
        status: Some(Reference::new("st_2", "In progress")),
        created_at: Some(time("2024-04-01T10:00:00+02:00")),
        updated_at: Some(time("2024-04-02T11:30:00Z")),
        etag: s("t100"),
        remote_data: Some(object(json!({"checklist_item": true}))),
        ..id_only.clone()
    };
    check(fixture!("task_full.json"), full);
    check(fixture!("task_only_id.json"), id_only.clone());
    let nulls = Task {
        assignees: Some(vec![Reference::default()]),
        ticket: null_ref(),
        task_list: null_ref(),
        status: null_ref(),
        ..id_only
    };
    check(fixture!("task_nulls.json"), nulls);
}

#[test]
fn task_bodies_and_query_serialize_as_documented() {
    let create = CreateTask::new()
        .name("Refund")
        .assignee_id("u_1")
        .assignee_id("u_2")
        .description("Send it")
        .due_date(time("2024-05-01T17:00:00+02:00"))
        .field("ticket", json!({"id": "35436"}));
    body(
        &create,
        json!({
            "name": "Refund", "assignees": [{"id": "u_1"}, {"id": "u_2"}],
            "description": "Send it", "due_date": "2024-05-01T17:00:00+02:00",
            "ticket": {"id": "35436"}
        }),
    );
    let update = UpdateTask::new().description("Done");
    let update = update.remote_field("state", "complete");
    body(
        &update,
        json!({"description": "Done", "remote_data": {"state": "complete"}}),
    );
    let q = ListTasksQuery::new("acc-1").param("ticket", json!({"id": "35436"}));
    assert_query(&q, "integrated_account_id=acc-1&ticket[id]=35436");
}

#[test]
fn task_list_decodes_and_serializes() {
    let id_only = TaskList::new("tl_3");
    let full = TaskList {
        name: s("Refund checklist"),
        ticket: Some(id_ref("35436")),
        tasks: Some(vec![
            Reference::new("task_100", "Call the customer back"),
            Reference::new("task_101", "Close the ticket"),
        ]),
        created_at: Some(time("2024-04-01T09:00:00Z")),
        updated_at: Some(time("2024-04-01T09:15:00Z")),
        etag: s("tl3"),
        remote_data: Some(object(json!({"position": 1}))),
        ..id_only.clone()
    };
    check(fixture!("task_list_full.json"), full);
    check(fixture!("task_list_only_id.json"), id_only.clone());
    let nulls = TaskList {
        ticket: null_ref(),
        tasks: Some(vec![Reference::default()]),
        ..id_only
    };
    check(fixture!("task_list_nulls.json"), nulls);
    let create = CreateTaskList::new().name("Checklist").ticket_id("35436");
    body(
        &create,
        json!({"name": "Checklist", "ticket": {"id": "35436"}}),
    );
    let q = ListTaskListsQuery::new("acc-1").limit(5);
    assert_query(&q, "integrated_account_id=acc-1&limit=5");
}

#[test]
fn team_decodes_and_serializes() {
    let id_only = Team::new("team_8");
    let full = Team {
        name: s("Tier 2"),
        description: s("Escalations and refunds"),
        created_at: Some(time("2022-06-01T00:00:00Z")),
        updated_at: Some(time("2024-02-29T23:59:59Z")),
        etag: s("8"),
        remote_data: Some(object(json!({"group_id": 8, "default": false}))),
        ..id_only.clone()
    };
    check(fixture!("team_full.json"), full);
    check(fixture!("team_only_id.json"), id_only.clone());
    check(fixture!("team_nulls.json"), id_only);
    let create = CreateTeam::new().name("Tier 3").description("Engineers");
    body(
        &create.user_id("u_1"),
        json!({"name": "Tier 3", "description": "Engineers", "users": [{"id": "u_1"}]}),
    );
    let update = UpdateTeam::new().user_id("u_1").user_id("u_2");
    body(&update, json!({"users": [{"id": "u_1"}, {"id": "u_2"}]}));
    let q = ListTeamsQuery {
        params: crate::ListParams::new("acc-1").exclude_field("remote_data"),
        ..ListTeamsQuery::default()
    };
    assert_query(
        &q,
        "integrated_account_id=acc-1&truto_exclude_fields[]=remote_data",
    );
}

#[test]
fn ticket_priority_status_and_type_decode() {
    let priority = TicketPriority::new("p_1");
    let full = TicketPriority {
        name: s("Urgent"),
        description: s("Customer is blocked"),
        etag: s("p1"),
        remote_data: Some(object(json!({"level": 4}))),
        ..priority.clone()
    };
    check(fixture!("ticket_priority_full.json"), full);
    check(fixture!("ticket_priority_only_id.json"), priority.clone());
    check(fixture!("ticket_priority_nulls.json"), priority);

    let status = TicketStatusRecord::new("s_3");
    let full = TicketStatusRecord {
        name: s("In Progress"),
        description: s("Someone is on it"),
        etag: s("s3"),
        remote_data: Some(object(json!({"category": "indeterminate"}))),
        ..status.clone()
    };
    check(fixture!("ticket_status_full.json"), full);
    check(fixture!("ticket_status_only_id.json"), status.clone());
    check(fixture!("ticket_status_nulls.json"), status);

    let kind = TicketType {
        id: s("tt_3"),
        ..TicketType::default()
    };
    let full = TicketType {
        name: s("Bug"),
        description: s("Something is broken"),
        project: s("PRJ-1"),
        created_at: Some(time("2021-01-01T00:00:00Z")),
        updated_at: Some(time("2021-06-01T12:00:00Z")),
        etag: s("tt3"),
        remote_data: Some(object(json!({"subtask": false}))),
        ..kind.clone()
    };
    check(fixture!("ticket_type_full.json"), full);
    check(fixture!("ticket_type_only_id.json"), kind);
    check(fixture!("ticket_type_nulls.json"), TicketType::default());
}

#[test]
fn ticket_priority_status_and_type_queries_serialize() {
    let q = ListTicketPrioritiesQuery::new("acc-1").limit(10);
    assert_query(&q, "integrated_account_id=acc-1&limit=10");
    let q = ListTicketStatusesQuery::new("acc-1").param("workspace", json!({"id": "ws 1"}));
    assert_query(&q, "integrated_account_id=acc-1&workspace[id]=ws%201");
    // `param` parameters are sent in key order (a `serde_json::Map`).
    let q = ListTicketTypesQuery::new("acc-1").param("project", "PRJ-1");
    let q = q.param("a", true);
    assert_query(&q, "integrated_account_id=acc-1&a=true&project=PRJ-1");
}

#[test]
fn workspace_decodes() {
    let full = Workspace {
        id: s("ws_1"),
        name: s("Finance"),
        status: Some(WorkspaceStatus::Active),
        description: s("Finance support desk"),
        created_at: Some(time("2020-05-05T05:05:05Z")),
        updated_at: Some(time("2024-05-05T05:05:05.123Z")),
        etag: s("ws1"),
        remote_data: Some(object(json!({"board": {"id": 1}}))),
    };
    check(fixture!("workspace_full.json"), full);
    let id_only = Workspace {
        id: s("ws_1"),
        ..Workspace::default()
    };
    check(fixture!("workspace_only_id.json"), id_only);
    check(fixture!("workspace_nulls.json"), Workspace::default());
}

#[test]
fn workspace_bodies_and_query_serialize_as_documented() {
    let create = CreateWorkspace::new()
        .name("Support EU")
        .description("EU customers")
        .account_id("acc_9")
        .kind(WorkspaceType::Private)
        .custom_field("region", "eu")
        .remote_field("folder", "F1");
    body(
        &create,
        json!({
            "name": "Support EU", "description": "EU customers", "account_id": "acc_9",
            "type": "private", "custom_fields": {"region": "eu"}, "remote_data": {"folder": "F1"}
        }),
    );
    let update = UpdateWorkspace::new().name("Support Europe");
    let update = update.custom_field("tier", 2);
    body(
        &update,
        json!({"name": "Support Europe", "custom_fields": {"tier": 2}}),
    );
    let q = ListWorkspacesQuery::new("acc 1").limit(20);
    assert_query(&q, "integrated_account_id=acc%201&limit=20");
}

/// Values outside the documented lists decode (into `Other`) and encode back unchanged.
#[test]
fn unknown_enum_values_are_kept() {
    fn keeps<T: DeserializeOwned + Serialize>(value: Value) -> T {
        let decoded: T = serde_json::from_value(value.clone()).unwrap();
        assert_eq!(serde_json::to_value(&decoded).unwrap(), value);
        decoded
    }
    let odd: CollectionRecord = keeps(json!({"id": "1", "type": "board", "entity_type": "org"}));
    assert_eq!(odd.kind, Some(CollectionType::Other("board".into())));
    assert_eq!(
        odd.entity_type,
        Some(CollectionEntityType::Other("org".into()))
    );
    let odd: Field = keeps(json!({"type": "multi", "entity_type": "org", "applicable_in": "b"}));
    assert_eq!(odd.kind, Some(FieldType::Other("multi".into())));
    assert_eq!(
        odd.applicable_in,
        Some(FieldApplicableIn::Other("b".into()))
    );
    let odd: Field = keeps(json!({"status": "deprecated", "options": [{"label": "x"}]}));
    assert_eq!(odd.status, Some(FieldStatus::Other("deprecated".into())));
    let odd: Tag = keeps(json!({"status": "archived"}));
    assert_eq!(odd.status, Some(TagStatus::Other("archived".into())));
    let odd: Workspace = keeps(json!({"status": "closed"}));
    assert_eq!(odd.status, Some(WorkspaceStatus::Other("closed".into())));
    let odd: CreateWorkspace = keeps(json!({"type": "team", "owner": "u_1"}));
    assert_eq!(odd.kind, Some(WorkspaceType::Other("team".into())));
    assert_eq!(odd.extra, object(json!({"owner": "u_1"})));
}

/// Every list query takes the `created_at` / `updated_at` operators and starts from any
/// `ListParams`; queries also decode from their JSON form.
#[test]
fn list_queries_share_the_common_parameters() {
    let params = crate::ListParams::new("acc-1").limit(5);
    let since = time("2024-01-01T00:00:00+01:00");
    let q = ListTicketTypesQuery::from(params.clone()).updated_at(Compare::gt(since));
    assert_query(
        &q,
        "integrated_account_id=acc-1&limit=5&updated_at[gt]=2024-01-01T00%3A00%3A00%2B01%3A00",
    );
    let q = ListTaskListsQuery::from(params).created_at(Compare::lte(since));
    assert_query(
        &q,
        "integrated_account_id=acc-1&limit=5&created_at[lte]=2024-01-01T00%3A00%3A00%2B01%3A00",
    );
    let decoded: ListTagsQuery = serde_json::from_value(json!({
        "integrated_account_id": "acc-1", "collection": {"id": "p_9"}, "project": "x"
    }))
    .unwrap();
    let want = ListTagsQuery::new("acc-1")
        .collection_id("p_9")
        .param("project", "x");
    assert_eq!(decoded, want);
}
