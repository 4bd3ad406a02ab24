//! `POST /batch-request`: each entry of `resources[]` runs against the mock's own
//! handlers, and the answer is `{result: {name: [...]}, errors: {name: envelope}}`.
//!
//! - The body needs `integrated_account_id` (a UUID) and a `resources` array (400 with
//!   `details.failures` otherwise); `args` is optional.
//! - A request entry `{resource, method, id?, query?, body?}` becomes a call of
//!   `/unified/{resource}` (`model/resource`, e.g. `ticketing/tickets`) or, for a bare name,
//!   `/proxy/{resource}` (which the mock does not serve): `list` is a `GET` that follows
//!   `next_cursor` to the last page, `get` / `update` / `delete` a `GET` / `PATCH` /
//!   `DELETE` of `/{id}`, `create` a `POST`, any other method a `POST` of `/{method}`. The
//!   account goes in the call's query. Its records land in `result` under the entry's `name`
//!   (or its `resource`): a list's items, or the one record a `get` or write answered.
//! - An entry that fails (any error status: an unknown resource is a 404) lands in `errors`
//!   under its name, as the handler's error envelope; the other entries still run, and the
//!   batch answers 200.
//! - Placeholders in string values of `id`, `query` and `body`: `{{args.<name>}}`, and with
//!   `depends_on` `{{resources.<parent resource path, / as .>.<field>}}` (as Truto's
//!   reference writes `{{resources.crm.contacts.id}}`): such an entry runs once per record
//!   of its parent (found by `name`, then by `resource`). A placeholder that is the whole
//!   string keeps the value's type; a `:bool`-style suffix is ignored.
//! - `spool` entries gather their parent's records; `transform` entries are answered with a
//!   per-entry 501 (the mock evaluates no JSONata). `loop_on`, `persist`, `recurse` and
//!   `response_format` are accepted and ignored.
//!
//! Writes inside a batch are real writes (counted by `write_count` under the inner call's
//! method and path). The batch itself honours `Idempotency-Key` like any `POST
//! /batch-request`: a repeated key replays the whole answer without running it again.

use serde_json::{json, Map, Value};

use super::common::{self, failure};
use super::recorded::RecordedRequest;
use super::response::MockResponse;
use super::routes::{self, RequestContext};
use super::state::Shared;

/// Pages a `list` entry follows at most.
const MAX_PAGES: usize = 1000;

pub(crate) fn handle(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let body = match common::object_body(&context.request.body) {
        Ok(body) => body,
        Err(rejection) => return rejection,
    };
    let account_query = json!({ "integrated_account_id": body.get("integrated_account_id") });
    let mut failures: Vec<Value> = common::account_id_failure(&account_query)
        .into_iter()
        .collect();
    let entries = match body.get("resources") {
        Some(Value::Array(entries)) => entries.clone(),
        _ => {
            failures.push(failure("resources", "resources must be an array"));
            Vec::new()
        }
    };
    if !failures.is_empty() {
        return common::bad_request(failures);
    }
    let account = body["integrated_account_id"].clone();
    let args = body.get("args").cloned().unwrap_or_else(|| json!({}));
    let batch = Batch {
        shared,
        parent: context.request,
        account,
        args,
    };
    let mut ran: Vec<(Value, Result<Vec<Value>, Value>)> = Vec::new();
    for entry in entries {
        let outcome = batch.run(&entry, &ran);
        ran.push((entry, outcome));
    }
    let (mut result, mut errors) = (Map::new(), Map::new());
    for (entry, outcome) in ran {
        let name = key_of(&entry);
        match outcome {
            Ok(records) => result.insert(name, Value::Array(records)),
            Err(error) => errors.insert(name, error),
        };
    }
    MockResponse::json(200, json!({ "result": result, "errors": errors }))
}

/// What every entry of one batch shares.
struct Batch<'a> {
    shared: &'a Shared,
    parent: &'a RecordedRequest,
    account: Value,
    args: Value,
}

impl Batch<'_> {
    /// Runs one entry after those in `ran`: its records, or its error envelope.
    fn run(
        &self,
        entry: &Value,
        ran: &[(Value, Result<Vec<Value>, Value>)],
    ) -> Result<Vec<Value>, Value> {
        let parent = match entry.get("depends_on").and_then(Value::as_str) {
            None => None,
            Some(wanted) => {
                let found = ran
                    .iter()
                    .find(|(e, _)| e.get("name").and_then(Value::as_str) == Some(wanted))
                    .or_else(|| {
                        ran.iter()
                            .find(|(e, _)| e["resource"].as_str() == Some(wanted))
                    });
                match found {
                    Some((parent, Ok(records))) => Some((parent, records)),
                    _ => {
                        return Err(envelope(
                            424,
                            &format!("depends on {wanted:?}, which did not run"),
                        ))
                    }
                }
            }
        };
        match entry.get("type").and_then(Value::as_str) {
            Some("spool") => {
                return Ok(parent
                    .map(|(_, records)| records.clone())
                    .unwrap_or_default())
            }
            Some(kind) => {
                return Err(envelope(
                    501,
                    &format!("the mock does not run {kind:?} entries"),
                ))
            }
            None => {}
        }
        let Some((parent_entry, parent_records)) = parent else {
            return self.call(entry, &json!({ "args": self.args }));
        };
        let mut records = Vec::new();
        for record in parent_records {
            let mut resources = record.clone();
            let path = parent_entry["resource"].as_str().unwrap_or_default();
            for segment in path.rsplit('/') {
                resources = json!({ segment: resources });
            }
            let scope = json!({ "args": self.args, "resources": resources });
            records.extend(self.call(entry, &scope)?);
        }
        Ok(records)
    }

    /// One call of a request entry, its placeholders filled from `scope`.
    fn call(&self, entry: &Value, scope: &Value) -> Result<Vec<Value>, Value> {
        let resource = entry["resource"].as_str().unwrap_or_default();
        let method = entry["method"].as_str().unwrap_or_default();
        let id = entry.get("id").map(|id| fill(id, scope));
        let id = id.as_ref().map(|id| match id {
            Value::String(id) => id.clone(),
            other => other.to_string(),
        });
        let base = if resource.contains('/') {
            format!("/unified/{resource}")
        } else {
            format!("/proxy/{resource}")
        };
        let with_id = |id: Option<&String>| match id {
            Some(id) => format!("{base}/{}", encode(id)),
            None => base.clone(),
        };
        let (http_method, path) = match method {
            "list" => ("GET", base.clone()),
            "get" => ("GET", with_id(id.as_ref())),
            "update" => ("PATCH", with_id(id.as_ref())),
            "delete" => ("DELETE", with_id(id.as_ref())),
            "create" => ("POST", base.clone()),
            custom => ("POST", format!("{base}/{}", encode(custom))),
        };
        let mut query = match entry.get("query").map(|q| fill(q, scope)) {
            Some(Value::Object(query)) => query,
            _ => Map::new(),
        };
        query.insert("integrated_account_id".into(), self.account.clone());
        let body = entry
            .get("body")
            .map(|body| serde_json::to_vec(&fill(body, scope)).unwrap_or_default())
            .unwrap_or_default();
        let mut records = Vec::new();
        for _ in 0..MAX_PAGES {
            let request = RecordedRequest {
                method: http_method.to_owned(),
                path: path.clone(),
                query: Some(encode_query(&Value::Object(query.clone()))),
                headers: self.parent.headers.clone(),
                body: body.clone().into(),
                parts: Vec::new(),
            };
            let response = routes::dispatch(self.shared, &request);
            let answer: Value = serde_json::from_slice(response.body()).unwrap_or(Value::Null);
            if response.status_code() >= 400 {
                return Err(answer);
            }
            if method != "list" {
                return Ok(vec![answer]);
            }
            if let Some(Value::Array(items)) = answer.get("result") {
                records.extend(items.iter().cloned());
            }
            match answer.get("next_cursor") {
                Some(Value::String(cursor)) => {
                    query.insert("next_cursor".into(), Value::String(cursor.clone()));
                }
                _ => break,
            }
        }
        Ok(records)
    }
}

/// The key an entry is answered under: its `name`, else its `resource`.
fn key_of(entry: &Value) -> String {
    ["name", "resource"]
        .iter()
        .find_map(|key| entry.get(*key).and_then(Value::as_str))
        .unwrap_or("unnamed")
        .to_owned()
}

/// Truto's error envelope for a failure of the batch machinery itself.
fn envelope(status: u16, message: &str) -> Value {
    serde_json::from_slice(MockResponse::error(status, message).body()).unwrap_or(Value::Null)
}

/// `value` with `{{path}}` placeholders in its strings replaced from `scope`.
fn fill(value: &Value, scope: &Value) -> Value {
    match value {
        Value::String(text) => fill_text(text, scope),
        Value::Array(items) => Value::Array(items.iter().map(|v| fill(v, scope)).collect()),
        Value::Object(fields) => Value::Object(
            fields
                .iter()
                .map(|(key, v)| (key.clone(), fill(v, scope)))
                .collect(),
        ),
        other => other.clone(),
    }
}

fn fill_text(text: &str, scope: &Value) -> Value {
    let lookup = |path: &str| {
        let path = path.trim().split(':').next().unwrap_or_default();
        path.split('.')
            .try_fold(scope, |at, key| at.get(key))
            .cloned()
            .unwrap_or(Value::Null)
    };
    let trimmed = text.trim();
    if let Some(path) = trimmed
        .strip_prefix("{{")
        .and_then(|t| t.strip_suffix("}}"))
    {
        if !path.contains("{{") {
            return lookup(path);
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let Some(end) = rest[start..].find("}}") else {
            break;
        };
        out.push_str(&rest[..start]);
        match lookup(&rest[start + 2..start + end]) {
            Value::String(s) => out.push_str(&s),
            Value::Null => {}
            other => out.push_str(&other.to_string()),
        }
        rest = &rest[start + end + 2..];
    }
    out.push_str(rest);
    Value::String(out)
}

/// A JSON object as a qs-style query string (`a[b]=c`, `a[]=x`), percent-encoded.
fn encode_query(query: &Value) -> String {
    fn walk(key: &str, value: &Value, pairs: &mut Vec<String>) {
        match value {
            Value::Object(fields) => {
                for (name, v) in fields {
                    let key = if key.is_empty() {
                        name.clone()
                    } else {
                        format!("{key}[{name}]")
                    };
                    walk(&key, v, pairs);
                }
            }
            Value::Array(items) => items
                .iter()
                .for_each(|v| walk(&format!("{key}[]"), v, pairs)),
            Value::Null => {}
            Value::String(text) => pairs.push(format!("{}={}", encode(key), encode(text))),
            other => pairs.push(format!("{}={}", encode(key), encode(&other.to_string()))),
        }
    }
    let mut pairs = Vec::new();
    walk("", query, &mut pairs);
    pairs.join("&")
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_keep_whole_values_and_interpolate_parts() {
        let scope = json!({"args": {"n": 3, "ids": ["a"]}, "resources": {"ticketing": {"tickets": {"id": "t1"}}}});
        assert_eq!(fill(&json!("{{args.n}}"), &scope), json!(3));
        assert_eq!(fill(&json!(" {{ args.ids }} "), &scope), json!(["a"]));
        assert_eq!(
            fill(&json!("id-{{resources.ticketing.tickets.id}}!"), &scope),
            json!("id-t1!")
        );
        assert_eq!(fill(&json!("{{args.missing:bool}}"), &scope), Value::Null);
        assert_eq!(
            fill(&json!("open {{ never closed"), &scope),
            json!("open {{ never closed")
        );
    }

    #[test]
    fn queries_encode_qs_style() {
        let query = json!({"a": {"b": "c d"}, "list": [1, "x"], "skip": null});
        assert_eq!(
            encode_query(&query),
            "a%5Bb%5D=c%20d&list%5B%5D=1&list%5B%5D=x"
        );
        assert_eq!(
            crate::qs::parse(&encode_query(&query)),
            json!({"a": {"b": "c d"}, "list": ["1", "x"]})
        );
    }
}
