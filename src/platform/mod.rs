//! Truto's platform (admin) API: the calls that manage Truto itself rather than read a
//! provider's data through the unified or proxy APIs. They need an API token, not an
//! integrated-account token.
//!
//! | call | HTTP |
//! |---|---|
//! | [`run_batch_request`](BatchApi::run_batch_request) | `POST /batch-request` |
//! | [`ping`](PingApi::ping) | `GET /ping` |

mod batch;
mod batch_response;
mod ping;

pub use batch::{
    BatchApi, BatchNode, BatchRecurse, BatchRecurseConfig, BatchRequest, BatchResource,
    BatchResponseFormat, BatchTransform, BatchTransformKind,
};
pub use batch_response::{BatchItemError, BatchResponse, BatchResultError};
pub use ping::{PingApi, Pong};
