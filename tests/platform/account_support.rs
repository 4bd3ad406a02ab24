//! What the integrated-account, link-token and MCP tests share besides [`crate::support`]:
//! the typed error of a refused call.

use std::fmt::Debug;

use truto::{ApiError, Error};

/// The `Error::Api` of a call that must fail, with its HTTP status checked.
pub fn api_error<T: Debug>(result: truto::Result<T>, status: u16) -> ApiError {
    match result {
        Err(Error::Api(error)) => {
            assert_eq!(error.status, status, "{error}");
            *error
        }
        other => panic!("expected an HTTP {status} Error::Api, got {other:?}"),
    }
}
