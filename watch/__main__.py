from watch.cli import main

if __name__ == "__main__":  # forkserver workers import __main__
    main()
