//! Group commit: small independent writes that arrive together (an autosave, the audit row of a
//! read) share one transaction and so one fsync, instead of queueing for a fsync each.
//!
//! Each job runs inside its own `SAVEPOINT`, so a job that fails is undone on its own and the
//! others in the batch still commit. A job's result is handed back only after the batch has
//! committed: a caller that is told "saved" can rely on it surviving a power cut
//! (`synchronous=FULL`). Jobs must be short and must not wait on anything but the connection
//! they are given.

use std::any::Any;

use futures_util::future::BoxFuture;
use sqlx::{SqliteConnection, SqlitePool};
use tokio::sync::{mpsc, oneshot};

/// Most jobs committed together.
const MAX_BATCH: usize = 64;

type Output = Box<dyn Any + Send>;
type Work = Box<
    dyn for<'c> FnOnce(&'c mut SqliteConnection) -> BoxFuture<'c, Result<Output, sqlx::Error>>
        + Send,
>;

struct Job {
    work: Work,
    done: oneshot::Sender<Result<Output, sqlx::Error>>,
}

/// The queue in front of the write connection.
#[derive(Clone)]
pub struct Batcher {
    queue: mpsc::UnboundedSender<Job>,
}

impl std::fmt::Debug for Batcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Batcher")
    }
}

impl Batcher {
    /// Starts the task that commits batches on `pool` (the single-connection write pool).
    pub fn start(pool: SqlitePool) -> Self {
        let (queue, mut jobs) = mpsc::unbounded_channel::<Job>();
        tokio::spawn(async move {
            while let Some(first) = jobs.recv().await {
                let mut batch = vec![first];
                while batch.len() < MAX_BATCH {
                    match jobs.try_recv() {
                        Ok(job) => batch.push(job),
                        Err(_) => break,
                    }
                }
                run_batch(&pool, batch).await;
            }
        });
        Self { queue }
    }

    /// Runs `work` in the next batch and returns its result once the batch has committed.
    pub async fn write<T, F>(&self, work: F) -> Result<T, sqlx::Error>
    where
        T: Send + 'static,
        F: for<'c> FnOnce(&'c mut SqliteConnection) -> BoxFuture<'c, Result<T, sqlx::Error>>
            + Send
            + 'static,
    {
        let (done, result) = oneshot::channel();
        let work: Work = Box::new(move |conn| {
            Box::pin(async move { work(conn).await.map(|t| Box::new(t) as Output) })
        });
        self.queue
            .send(Job { work, done })
            .map_err(|_| sqlx::Error::PoolClosed)?;
        match result.await {
            Ok(Ok(output)) => output
                .downcast::<T>()
                .map(|t| *t)
                .map_err(|_| sqlx::Error::Protocol("write batch returned another type".into())),
            Ok(Err(e)) => Err(e),
            Err(_) => Err(sqlx::Error::PoolClosed),
        }
    }
}

async fn run_batch(pool: &SqlitePool, batch: Vec<Job>) {
    let mut tx = match pool.begin_with("BEGIN IMMEDIATE").await {
        Ok(tx) => tx,
        Err(e) => {
            for job in batch {
                let _ = job.done.send(Err(copy_of(&e)));
            }
            return;
        }
    };
    let mut results = Vec::with_capacity(batch.len());
    for job in batch {
        let outcome = async {
            sqlx::query("SAVEPOINT job").execute(&mut *tx).await?;
            match (job.work)(&mut tx).await {
                Ok(output) => {
                    sqlx::query("RELEASE job").execute(&mut *tx).await?;
                    Ok(output)
                }
                Err(e) => {
                    sqlx::query("ROLLBACK TO job").execute(&mut *tx).await?;
                    sqlx::query("RELEASE job").execute(&mut *tx).await?;
                    Err(e)
                }
            }
        }
        .await;
        results.push((job.done, outcome));
    }
    match tx.commit().await {
        Ok(()) => {
            for (done, outcome) in results {
                let _ = done.send(outcome);
            }
        }
        Err(e) => {
            for (done, _) in results {
                let _ = done.send(Err(copy_of(&e)));
            }
        }
    }
}

/// The same failure for each job of a batch that could not begin or commit (`sqlx::Error` is
/// not `Clone`): busy stays busy, anything else keeps its message.
fn copy_of(error: &sqlx::Error) -> sqlx::Error {
    if super::is_busy(error) {
        super::busy()
    } else {
        sqlx::Error::Protocol(error.to_string())
    }
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn a_failing_job_is_undone_alone_and_results_come_after_commit() {
        let dir = tempfile::tempdir().unwrap();
        let (db, _) = crate::db::Database::open(dir.path()).await.unwrap();
        db.write(|conn| {
            Box::pin(async move {
                sqlx::query("CREATE TABLE t (n INTEGER PRIMARY KEY)")
                    .execute(&mut *conn)
                    .await
                    .map(|_| ())
            })
        })
        .await
        .unwrap();
        let writes = (0..20).map(|n| {
            let db = db.clone();
            tokio::spawn(async move {
                db.write(move |conn| {
                    Box::pin(async move {
                        // Job 7 repeats job 0's key: whichever runs second fails.
                        sqlx::query("INSERT INTO t (n) VALUES (?)")
                            .bind(if n == 7 { 0 } else { n })
                            .execute(&mut *conn)
                            .await
                            .map(|_| n)
                    })
                })
                .await
            })
        });
        let mut ok = 0;
        for write in writes {
            match write.await.unwrap() {
                Ok(_) => ok += 1,
                Err(e) => assert!(
                    e.to_string().contains("UNIQUE") || e.to_string().contains("constraint")
                ),
            }
        }
        assert_eq!(ok, 19, "only the job that broke a constraint failed");
        let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM t")
            .fetch_one(db.reader())
            .await
            .unwrap();
        assert_eq!(
            rows, 19,
            "the 19 good inserts, and nothing of the failed one"
        );
    }

    /// Another process holding the database's write lock past the busy timeout: the write
    /// fails as busy (so pages say "try again", not "a fault of ours"), then succeeds once the
    /// lock is let go.
    #[tokio::test]
    async fn a_write_blocked_by_another_process_fails_as_busy_and_succeeds_after() {
        let dir = tempfile::tempdir().unwrap();
        let (db, _) = crate::db::Database::open(dir.path()).await.unwrap();
        async fn insert(db: &crate::db::Database) -> Result<(), sqlx::Error> {
            db.write(|conn| {
                Box::pin(async move {
                    sqlx::query("CREATE TABLE IF NOT EXISTS t (n INTEGER)")
                        .execute(&mut *conn)
                        .await
                        .map(|_| ())
                })
            })
            .await
        }
        let other = crate::db::ForeignWriteLock::take(db.path()).await.unwrap();

        let blocked = insert(&db).await.expect_err("the lock is held");
        assert!(crate::db::is_busy(&blocked), "{blocked:?}");
        let direct = db.begin_write().await.expect_err("the lock is held");
        assert!(crate::db::is_busy(&direct), "{direct:?}");
        assert!(!crate::db::is_busy(&sqlx::Error::RowNotFound));

        other.release().await.unwrap();
        insert(&db).await.expect("the lock was let go");
    }
}
