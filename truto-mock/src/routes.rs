//! The route table: which handler answers which method and path.
//!
//! Handlers are plain synchronous functions from the request to a
//! [`MockResponse`], so they can lock the shared state freely. New routes are
//! added to [`ROUTE_TABLE`] (the first match wins, so specific paths go before
//! patterns); `:name` segments capture path parameters.

use serde_json::Value;

use super::account_tokens;
use super::actions;
use super::admin;
use super::batch;
use super::crud;
use super::import;
use super::list;
use super::ping;
use super::qs;
use super::recorded::RecordedRequest;
use super::response::MockResponse;
use super::state::Shared;
use super::unified_ats;
use super::unified_crm;
use super::unified_file_storage;
use super::unified_instant_messaging;
use super::unified_user_directory;
use super::upload_routes;

/// What a handler gets: the request, its qs-parsed query and path parameters.
pub(crate) struct RequestContext<'a> {
    pub(crate) request: &'a RecordedRequest,
    /// The query parsed qs-style into a JSON object.
    pub(crate) query: Value,
    /// Percent-decoded values of the pattern's `:name` segments.
    pub(crate) params: Vec<(&'static str, String)>,
}

impl RequestContext<'_> {
    /// The value of path parameter `name`.
    pub(crate) fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(param, _)| *param == name)
            .map(|(_, value)| value.as_str())
    }
}

/// The `:resource` parameter, if it looks like a resource name (lower-case
/// letters, digits, `_`, `-`; on unified routes of another model than ticketing it is
/// `<model>/<resource>`, see [`dispatch`]); anything else is the same 404 as an unknown
/// route.
pub(crate) fn resource_param<'a>(context: &'a RequestContext<'_>) -> Result<&'a str, MockResponse> {
    match context.param("resource") {
        Some(resource)
            if !resource.is_empty()
                && resource.split('/').count() <= 2
                && resource.split('/').all(|part| {
                    !part.is_empty()
                        && part.bytes().all(|b| {
                            b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-'
                        })
                }) =>
        {
            Ok(resource)
        }
        _ => Err(no_route(context.request)),
    }
}

/// The 404 for a method and path no route serves.
pub(crate) fn no_route(request: &RecordedRequest) -> MockResponse {
    MockResponse::error(
        404,
        format!("No route for {} {}", request.method, request.path),
    )
}

type Handler = fn(&Shared, &RequestContext<'_>) -> MockResponse;

struct RouteDefinition {
    method: &'static str,
    pattern: &'static str,
    handler: Handler,
}

const ROUTE_TABLE: &[RouteDefinition] = &[
    RouteDefinition {
        method: "POST",
        pattern: "/integrated-account/token",
        handler: account_tokens::mint,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/batch-request",
        handler: batch::handle,
    },
    RouteDefinition {
        method: "GET",
        pattern: "/ping",
        handler: ping::handle,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/unified/ticketing/tickets/import",
        handler: import::handle,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/unified/crm/contacts/batch-delete",
        handler: unified_crm::batch_delete_contacts,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/unified/ticketing/attachments/download",
        handler: upload_routes::download_by_file_url,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/unified/file-storage/drive-items/download",
        handler: upload_routes::download_by_file_url,
    },
    // Multipart bodies reach `upload_routes::create_drive_item`; JSON ones create a folder.
    RouteDefinition {
        method: "POST",
        pattern: "/unified/file-storage/drive-items",
        handler: unified_file_storage::create_drive_item,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/unified/e-signature/signing_requests/download",
        handler: upload_routes::download_by_file_url,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/unified/emails/attachments/download",
        handler: upload_routes::download_by_file_url,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/unified/knowledge-base/files/download",
        handler: upload_routes::download_by_file_url,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/unified/instant-messaging/channels/join",
        handler: unified_instant_messaging::join_channel,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/unified/ticketing/attachments",
        handler: upload_routes::create_attachment,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/unified/ats/attachments/download",
        handler: upload_routes::download_by_file_url,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/unified/ats/applications/move-stage",
        handler: unified_ats::move_application_stage,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/unified/ats/applications/reject",
        handler: unified_ats::reject_application,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/unified/ats/attachments",
        handler: unified_ats::create_attachment,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/file",
        handler: upload_routes::upload_file,
    },
    RouteDefinition {
        method: "GET",
        pattern: "/files-public/:key",
        handler: upload_routes::serve_public_file,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/unified/user-directory/groups/add",
        handler: unified_user_directory::add_group_member,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/unified/user-directory/groups/remove",
        handler: unified_user_directory::remove_group_member,
    },
    RouteDefinition {
        method: "GET",
        pattern: "/unified/:model/:resource",
        handler: list::handle,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/unified/:model/:resource",
        handler: crud::create,
    },
    RouteDefinition {
        method: "GET",
        pattern: "/unified/:model/:resource/:id",
        handler: crud::get,
    },
    RouteDefinition {
        method: "PATCH",
        pattern: "/unified/:model/:resource/:id",
        handler: crud::update,
    },
    RouteDefinition {
        method: "DELETE",
        pattern: "/unified/:model/:resource/:id",
        handler: crud::delete,
    },
    // Extra actions of admin resources (`actions/<resource>.rs`), before the generic routes.
    RouteDefinition {
        method: "GET",
        pattern: "/integrated-account/:id/capabilities",
        handler: actions::capabilities::of_account,
    },
    RouteDefinition {
        method: "GET",
        pattern: "/integration/:id/capabilities",
        handler: actions::capabilities::of_integration,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/webhook/test",
        handler: actions::webhook::test,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/environment-integration",
        handler: actions::environment_integration::install,
    },
    RouteDefinition {
        method: "DELETE",
        pattern: "/environment-integration/:id",
        handler: actions::environment_integration::uninstall,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/environment-integration-webhook/:id",
        handler: actions::environment_integration_webhook::process,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/environment-unified-model",
        handler: actions::environment_unified_model::install,
    },
    RouteDefinition {
        method: "DELETE",
        pattern: "/environment-unified-model/:id",
        handler: actions::environment_unified_model::uninstall,
    },
    RouteDefinition {
        method: "GET",
        pattern: "/integration/:id/tools",
        handler: actions::integration::tools,
    },
    RouteDefinition {
        method: "GET",
        pattern: "/integration/:id/unified-apis",
        handler: actions::integration::unified_apis,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/notification-destination/test",
        handler: actions::notification_destination::test,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/team/:id/invite",
        handler: actions::team::invite,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/sync-job-cron-trigger/:id/schedule",
        handler: actions::cron_trigger::schedule_sync_job_trigger,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/daemon-job-cron-trigger/:id/schedule",
        handler: actions::cron_trigger::schedule_daemon_job_trigger,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/sync-job-run",
        handler: actions::sync_job_run::create,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/daemon-job-run",
        handler: actions::daemon_job_run::create,
    },
    RouteDefinition {
        method: "DELETE",
        pattern: "/daemon-job-run/:id",
        handler: actions::daemon_job_run::stop,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/datastore/:id/test/:method",
        handler: actions::datastore::test,
    },
    RouteDefinition {
        method: "GET",
        pattern: "/log",
        handler: actions::log::list,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/log",
        handler: actions::log::read_only,
    },
    RouteDefinition {
        method: "GET",
        pattern: "/log/:id",
        handler: actions::log::read_only,
    },
    RouteDefinition {
        method: "PATCH",
        pattern: "/log/:id",
        handler: actions::log::read_only,
    },
    RouteDefinition {
        method: "DELETE",
        pattern: "/log/:id",
        handler: actions::log::read_only,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/integrated-account",
        handler: actions::integrated_account::create,
    },
    RouteDefinition {
        method: "GET",
        pattern: "/integrated-account/me",
        handler: actions::integrated_account::get_me,
    },
    RouteDefinition {
        method: "PATCH",
        pattern: "/integrated-account/me",
        handler: actions::integrated_account::update_me,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/integrated-account/refresh-credentials",
        handler: actions::integrated_account::refresh_credentials,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/integrated-account/run-post-install-actions",
        handler: actions::integrated_account::run_post_install_actions,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/integrated-account/bulk-delete",
        handler: actions::integrated_account_bulk::bulk_delete,
    },
    RouteDefinition {
        method: "PATCH",
        pattern: "/integrated-account/:id",
        handler: actions::integrated_account::update,
    },
    RouteDefinition {
        method: "PATCH",
        pattern: "/integrated-account/:id/credentials",
        handler: actions::integrated_account::update_credentials,
    },
    RouteDefinition {
        method: "GET",
        pattern: "/integrated-account/:id/tools",
        handler: actions::integrated_account_tools::list,
    },
    RouteDefinition {
        method: "GET",
        pattern: "/integrated-account/:integrated_account_id/mcp",
        handler: actions::mcp_server::list,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/integrated-account/:integrated_account_id/mcp",
        handler: actions::mcp_server::create,
    },
    RouteDefinition {
        method: "GET",
        pattern: "/integrated-account/:integrated_account_id/mcp/:id",
        handler: actions::mcp_server::get,
    },
    RouteDefinition {
        method: "PATCH",
        pattern: "/integrated-account/:integrated_account_id/mcp/:id",
        handler: actions::mcp_server::update,
    },
    RouteDefinition {
        method: "DELETE",
        pattern: "/integrated-account/:integrated_account_id/mcp/:id",
        handler: actions::mcp_server::delete,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/integrated-account-webhook/:integrated_account_id",
        handler: actions::integrated_account_webhook::process,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/link-token",
        handler: actions::link_token::create,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/mcp/:token",
        handler: actions::mcp::call,
    },
    // The admin resources (`admin_records::ADMIN_RESOURCES`); their extra actions go above.
    RouteDefinition {
        method: "GET",
        pattern: "/:resource",
        handler: admin::list,
    },
    RouteDefinition {
        method: "POST",
        pattern: "/:resource",
        handler: admin::create,
    },
    RouteDefinition {
        method: "GET",
        pattern: "/:resource/:id",
        handler: admin::get,
    },
    RouteDefinition {
        method: "PATCH",
        pattern: "/:resource/:id",
        handler: admin::update,
    },
    RouteDefinition {
        method: "DELETE",
        pattern: "/:resource/:id",
        handler: admin::delete,
    },
];

/// Runs the handler for the request's route, or answers 404.
pub(crate) fn dispatch(shared: &Shared, request: &RecordedRequest) -> MockResponse {
    for route in ROUTE_TABLE {
        if route.method != request.method {
            continue;
        }
        if let Some(mut params) = match_pattern(route.pattern, &request.path) {
            scope_to_model(&mut params);
            let context = RequestContext {
                request,
                query: qs::parse(request.query.as_deref().unwrap_or("")),
                params,
            };
            return (route.handler)(shared, &context);
        }
    }
    no_route(request)
}

/// On `/unified/:model/:resource` routes, names the store `<model>/<resource>` for every
/// model but ticketing (whose stores keep their bare names, `tickets`, ...), so that
/// `crm/contacts` and ticketing's `contacts` are different stores. A model with a `/`
/// is left to fail `resource_param`.
fn scope_to_model(params: &mut [(&'static str, String)]) {
    let Some(model) = params
        .iter()
        .find(|(name, _)| *name == "model")
        .map(|(_, model)| model.clone())
    else {
        return;
    };
    if model == "ticketing" {
        return;
    }
    for (name, value) in params.iter_mut() {
        if *name == "resource" {
            *value = if model.contains('/') || value.contains('/') {
                String::from("/")
            } else {
                format!("{model}/{value}")
            };
        }
    }
}

/// Matches a raw path against a pattern segment by segment.
fn match_pattern(pattern: &'static str, path: &str) -> Option<Vec<(&'static str, String)>> {
    let mut params = Vec::new();
    let mut pattern_segments = pattern.split('/');
    let mut path_segments = path.split('/');
    loop {
        match (pattern_segments.next(), path_segments.next()) {
            (None, None) => return Some(params),
            (Some(expected), Some(actual)) => {
                if let Some(name) = expected.strip_prefix(':') {
                    if actual.is_empty() {
                        return None;
                    }
                    params.push((name, qs::decode_component(actual, false)));
                } else if expected != actual {
                    return None;
                }
            }
            _ => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{match_pattern, scope_to_model};

    #[test]
    fn unified_stores_of_other_models_are_named_after_the_model() {
        let scoped = |model: &str, resource: &str| {
            let mut params = vec![
                ("model", model.to_owned()),
                ("resource", resource.to_owned()),
            ];
            scope_to_model(&mut params);
            params[1].1.clone()
        };
        assert_eq!(scoped("ticketing", "contacts"), "contacts");
        assert_eq!(scoped("crm", "contacts"), "crm/contacts");
        assert_eq!(scoped("crm", "a/b"), "/");
        assert_eq!(scoped("c/d", "x"), "/");
    }

    #[test]
    fn patterns_match_whole_paths_and_capture_params() {
        assert_eq!(match_pattern("/a/b", "/a/b"), Some(vec![]));
        assert_eq!(match_pattern("/a/b", "/a/b/"), None);
        assert_eq!(match_pattern("/a/b", "/a"), None);
        assert_eq!(
            match_pattern("/t/:id", "/t/a%2Fb+c"),
            Some(vec![("id", "a/b+c".to_owned())])
        );
        assert_eq!(match_pattern("/t/:id", "/t/"), None);
    }
}
