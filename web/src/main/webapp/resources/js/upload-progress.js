/*
 * Progress of a long upload. A form marked data-upload-progress is sent through XMLHttpRequest so that the
 * browser can report how much of the file has gone; a <progress> shows it, and the page the server answers
 * with then replaces this one, exactly as after a normal post. Without JavaScript the form posts normally.
 */
(function () {
    'use strict';

    function enhance(form) {
        var progress = form.querySelector('progress.upload-progress');
        var status = form.querySelector('.upload-status');
        form.addEventListener('submit', function (event) {
            if (!window.FormData || !window.XMLHttpRequest || !form.hasAttribute('data-upload-progress')
                    || form.dataset.sending === 'true') {
                return; // a plain post, as without JavaScript
            }
            event.preventDefault();
            var data = new FormData(form);
            var submitter = event.submitter;
            if (submitter && submitter.name) {
                data.append(submitter.name, submitter.value); // Faces knows the pressed button by its name
            }
            var request = new XMLHttpRequest();
            request.open('POST', form.action);
            request.upload.addEventListener('progress', function (e) {
                if (progress && e.lengthComputable) {
                    progress.max = e.total;
                    progress.value = e.loaded;
                    if (status) {
                        status.textContent = 'Uploading: ' + Math.round(100 * e.loaded / e.total) + ' %';
                    }
                }
            });
            request.upload.addEventListener('load', function () {
                if (status) {
                    status.textContent = 'Uploaded; the server is checking the file…';
                }
            });
            request.addEventListener('load', function () {
                var url = request.responseURL;
                document.open();
                document.write(request.responseText);
                document.close();
                if (url && window.history && history.replaceState) {
                    history.replaceState(null, '', url);
                }
            });
            request.addEventListener('error', function () {
                form.dataset.sending = 'false';
                if (progress) {
                    progress.hidden = true;
                }
                if (status) {
                    status.textContent = 'The upload did not reach the server; nothing was stored. Try again.';
                }
            });
            form.dataset.sending = 'true';
            if (progress) {
                progress.hidden = false;
                progress.removeAttribute('value');
            }
            if (status) {
                status.textContent = 'Uploading…';
            }
            request.send(data);
        });
    }

    function start() {
        var forms = document.querySelectorAll('form[data-upload-progress]');
        for (var i = 0; i < forms.length; i++) {
            enhance(forms[i]);
        }
    }

    // included at the end of the body, so the forms are there (also when a returned page was written in)
    start();
}());
