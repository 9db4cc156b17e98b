//! Where tower-sessions keeps session records: in memory, on purpose.
//!
//! A signed-in session is only useful while its unwrapped key is in the [`Keyring`](super::keyring),
//! which lives in memory, so a session that outlived a restart could decrypt nothing. The crate's
//! own `MemoryStore` never forgets expired records; this one does (see
//! [`ExpiredDeletion`]), so memory stays bounded. Records hold only a login id and a timestamp,
//! never a key or anything a user wrote.

use std::collections::HashMap;
use std::sync::Arc;

use async_trait::async_trait;
use time::OffsetDateTime;
use tokio::sync::Mutex;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, ExpiredDeletion, SessionStore};

#[derive(Debug, Clone, Default)]
pub struct InMemorySessions(Arc<Mutex<HashMap<Id, Record>>>);

impl InMemorySessions {
    /// How many records are held (for tests and the load benchmark).
    pub async fn len(&self) -> usize {
        self.0.lock().await.len()
    }

    pub async fn is_empty(&self) -> bool {
        self.len().await == 0
    }

    /// Forgets every record (shutdown).
    pub async fn clear(&self) {
        self.0.lock().await.clear();
    }
}

#[async_trait]
impl SessionStore for InMemorySessions {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        let mut records = self.0.lock().await;
        while records.contains_key(&record.id) {
            record.id = Id::default();
        }
        records.insert(record.id, record.clone());
        Ok(())
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        self.0.lock().await.insert(record.id, record.clone());
        Ok(())
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let now = OffsetDateTime::now_utc();
        Ok(self
            .0
            .lock()
            .await
            .get(id)
            .filter(|r| r.expiry_date > now)
            .cloned())
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        self.0.lock().await.remove(id);
        Ok(())
    }
}

#[async_trait]
impl ExpiredDeletion for InMemorySessions {
    async fn delete_expired(&self) -> session_store::Result<()> {
        let now = OffsetDateTime::now_utc();
        self.0.lock().await.retain(|_, r| r.expiry_date > now);
        Ok(())
    }
}
